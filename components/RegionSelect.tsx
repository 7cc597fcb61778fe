/** A region chooser with each region's number of saved reports (target vs actual, compare presets). */
import type { StoredReport } from '../lib/library/db.ts';
import { regionsWithCounts } from '../lib/library/panel-queries.ts';
import { usePanel } from './context.ts';

export function RegionSelect({
  label,
  reports,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  reports: StoredReport[];
  value: string;
  onChange: (region: string) => void;
  placeholder?: string;
}) {
  const { t } = usePanel();
  return (
    <label class="field">
      {label}
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {regionsWithCounts(reports).map((r) => (
          <option key={r.region} value={r.region}>
            {t.withNote(r.region, r.count)}
          </option>
        ))}
      </select>
    </label>
  );
}
