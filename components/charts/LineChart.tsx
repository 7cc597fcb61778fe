/** Lines over years (targets and results of one indicator for one region). SVG, sized to its container's width. */
import { useId } from 'preact/hooks';
import { extent, scale, ticks } from './scale.ts';

export interface LineSeries {
  label: string;
  className: string;
  points: { x: number; y: number }[];
}

export function LineChart({
  title,
  series,
  unit,
  width = 340,
  height = 200,
}: {
  title: string;
  series: LineSeries[];
  unit: string;
  width?: number;
  height?: number;
}) {
  const id = useId();
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return null;
  const pad = { left: 40, right: 12, top: 14, bottom: 40 };
  const xs = extent(
    all.map((p) => p.x),
    { includeZero: false },
  );
  const ys = extent(all.map((p) => p.y));
  const x = scale([xs[0] - 0.5, xs[1] + 0.5], [pad.left, width - pad.right]);
  const y = scale(ys, [height - pad.bottom, pad.top]);
  const years = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {series.map((s) => `${s.label}: ${s.points.map((p) => `${p.x} ${p.y}${unit}`).join(', ')}`).join('; ')}
        </desc>
        {ticks(ys).map((v) => (
          <g key={v}>
            <line class="grid" x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
            <text class="tick" x={pad.left - 4} y={y(v) + 4} text-anchor="end">{`${v}${unit}`}</text>
          </g>
        ))}
        {years.map((v, i) =>
          // At most about eight year labels fit a narrow panel; the last year is always labelled.
          i % Math.ceil(years.length / 8) === 0 || i === years.length - 1 ? (
            <text key={v} class="tick" x={x(v)} y={height - pad.bottom + 14} text-anchor="middle">
              {v}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.label} class={s.className}>
            <polyline fill="none" points={s.points.map((p) => `${x(p.x)},${y(p.y)}`).join(' ')} />
            {s.points.map((p) => (
              <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={3.5}>
                <title>{`${s.label} ${p.x}: ${p.y}${unit}`}</title>
              </circle>
            ))}
          </g>
        ))}
        {series.map((s, i) => (
          <g key={`legend-${s.label}`} class={s.className} transform={`translate(${pad.left + i * 90}, ${height - 12})`}>
            <circle cx={0} cy={-4} r={4} />
            <text class="legend" x={8} y={0}>
              {s.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
