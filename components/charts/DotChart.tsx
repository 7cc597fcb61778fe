/**
 * Target vs result, one row per indicator (or region, or year): a hollow mark for the target, a
 * filled one for the result, joined by a line. A missed target's result is drawn as a cross, not
 * only in another colour.
 */
import { useId } from 'preact/hooks';
import { extent, fitLabel, scale, ticks } from './scale.ts';

export interface DotRow {
  label: string;
  target: number;
  actual: number | null;
  /** true met, false missed, null not judged. */
  met: boolean | null;
}

export function DotChart({
  title,
  rows,
  unit,
  targetLabel,
  actualLabel,
  missedLabel,
  width = 340,
}: {
  title: string;
  rows: DotRow[];
  unit: string;
  targetLabel: string;
  actualLabel: string;
  missedLabel: string;
  width?: number;
}) {
  const id = useId();
  if (rows.length === 0) return null;
  const row = 24;
  const pad = { left: Math.round(width * 0.34), right: 14, top: 8, bottom: 40 };
  const height = pad.top + pad.bottom + row * rows.length;
  // Fitted to the values, not from zero: what matters is the distance between target and result.
  const [lo, hi] = extent(
    rows.flatMap((r) => (r.actual === null ? [r.target] : [r.target, r.actual])),
    { includeZero: false },
  );
  const margin = Math.max((hi - lo) * 0.15, 0.5);
  const domain: [number, number] = [lo - margin, hi + margin];
  const x = scale(domain, [pad.left, width - pad.right]);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {rows
            .map((r) => `${r.label}: ${targetLabel} ${r.target}${unit}, ${actualLabel} ${r.actual ?? '—'}${r.actual === null ? '' : unit}`)
            .join('; ')}
        </desc>
        {ticks(domain, 4).map((v) => (
          <g key={v}>
            <line class="grid" x1={x(v)} x2={x(v)} y1={pad.top} y2={height - pad.bottom} />
            <text class="tick" x={x(v)} y={height - pad.bottom + 14} text-anchor="middle">{`${v}${unit}`}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const cy = pad.top + i * row + row / 2;
          const ax = r.actual === null ? 0 : x(r.actual);
          return (
            <g key={`${r.label}-${i}`} class={r.met === null ? 'dot' : r.met ? 'dot met' : 'dot missed'}>
              <text class="label" x={pad.left - 6} y={cy + 4} text-anchor="end">
                {fitLabel(r.label, pad.left - 10)}
                <title>{r.label}</title>
              </text>
              {r.actual !== null && <line class="link-line" x1={x(r.target)} x2={ax} y1={cy} y2={cy} />}
              <circle class="target" cx={x(r.target)} cy={cy} r={5}>
                <title>{`${r.label} ${targetLabel} ${r.target}${unit}`}</title>
              </circle>
              {r.actual !== null &&
                (r.met === false ? (
                  <path class="actual" d={`M${ax - 4},${cy - 4}L${ax + 4},${cy + 4}M${ax - 4},${cy + 4}L${ax + 4},${cy - 4}`}>
                    <title>{`${r.label} ${actualLabel} ${r.actual}${unit}`}</title>
                  </path>
                ) : (
                  <circle class="actual" cx={ax} cy={cy} r={4.5}>
                    <title>{`${r.label} ${actualLabel} ${r.actual}${unit}`}</title>
                  </circle>
                ))}
            </g>
          );
        })}
        <g transform={`translate(${pad.left}, ${height - 10})`}>
          <circle class="target" cx={0} cy={-4} r={5} />
          <text class="legend" x={9} y={0}>
            {targetLabel}
          </text>
          <circle class="actual" cx={70} cy={-4} r={4.5} />
          <text class="legend" x={79} y={0}>
            {actualLabel}
          </text>
          {rows.some((r) => r.met === false) && (
            <g class="legend-missed">
              <path class="actual" d="M136,-8L144,0M136,0L144,-8" />
              <text class="legend" x={149} y={0}>
                {missedLabel}
              </text>
            </g>
          )}
        </g>
      </svg>
    </figure>
  );
}
