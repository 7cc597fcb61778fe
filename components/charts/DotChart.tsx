/** Target vs result, one row per indicator: a hollow mark for the target, a filled one for the result. */
import { extent, scale, ticks } from './scale.ts';

export interface DotRow {
  label: string;
  target: number;
  actual: number | null;
  met: boolean | null;
}

export function DotChart({ title, rows, unit, targetLabel, actualLabel, width = 340 }: { title: string; rows: DotRow[]; unit: string; targetLabel: string; actualLabel: string; width?: number }) {
  if (rows.length === 0) return null;
  const row = 24;
  const pad = { left: 96, right: 14, top: 8, bottom: 40 };
  const height = pad.top + pad.bottom + row * rows.length;
  const domain = extent(rows.flatMap((r) => (r.actual === null ? [r.target] : [r.target, r.actual])));
  const x = scale(domain, [pad.left, width - pad.right]);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="dot-title dot-desc">
        <title id="dot-title">{title}</title>
        <desc id="dot-desc">{rows.map((r) => `${r.label}: ${targetLabel} ${r.target}${unit}, ${actualLabel} ${r.actual ?? '—'}${unit}`).join('; ')}</desc>
        {ticks(domain, 4).map((v) => (
          <g key={v}>
            <line class="grid" x1={x(v)} x2={x(v)} y1={pad.top} y2={height - pad.bottom} />
            <text class="tick" x={x(v)} y={height - pad.bottom + 14} text-anchor="middle">{`${v}${unit}`}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const cy = pad.top + i * row + row / 2;
          return (
            <g key={r.label} class={r.met === null ? 'dot' : r.met ? 'dot met' : 'dot missed'}>
              <text class="label" x={pad.left - 6} y={cy + 4} text-anchor="end">
                {r.label.length > 7 ? `${r.label.slice(0, 6)}…` : r.label}
                <title>{r.label}</title>
              </text>
              {r.actual !== null && <line class="link-line" x1={x(r.target)} x2={x(r.actual)} y1={cy} y2={cy} />}
              <circle class="target" cx={x(r.target)} cy={cy} r={5}>
                <title>{`${targetLabel} ${r.target}${unit}`}</title>
              </circle>
              {r.actual !== null && (
                <circle class="actual" cx={x(r.actual)} cy={cy} r={4.5}>
                  <title>{`${actualLabel} ${r.actual}${unit}`}</title>
                </circle>
              )}
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
        </g>
      </svg>
    </figure>
  );
}
