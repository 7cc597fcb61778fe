/** A year chooser (plan years), used by the library filter, the compare preset and the bar chart. */
export function YearSelect({
  years,
  value,
  onChange,
  placeholder,
  label,
}: {
  years: number[];
  value: string;
  onChange: (year: string) => void;
  /** The empty choice ("all years", "—"); none when a year must be chosen. */
  placeholder?: string;
  /** Accessible name when the select has no visible label around it. */
  label?: string;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {years.map((y) => (
        <option key={y} value={String(y)}>
          {y}
        </option>
      ))}
    </select>
  );
}
