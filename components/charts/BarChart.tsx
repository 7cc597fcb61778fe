/** Horizontal bars (one indicator across regions): labels stay readable at a 320 px panel width. */
import { extent, scale, ticks } from './scale.ts';

export function BarChart({ title, bars, unit, width = 340 }: { title: string; bars: { label: string; value: number; note?: string }[]; unit: string; width?: number }) {
  if (bars.length === 0) return null;
  const row = 22;
  const pad = { left: 86, right: 40, top: 8, bottom: 22 };
  const height = pad.top + pad.bottom + row * bars.length;
  const domain = extent(bars.map((b) => b.value));
  const x = scale(domain, [pad.left, width - pad.right]);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="bar-title bar-desc">
        <title id="bar-title">{title}</title>
        <desc id="bar-desc">{bars.map((b) => `${b.label} ${b.value}${unit}`).join('; ')}</desc>
        {ticks(domain, 3).map((v) => (
          <g key={v}>
            <line class="grid" x1={x(v)} x2={x(v)} y1={pad.top} y2={height - pad.bottom} />
            <text class="tick" x={x(v)} y={height - 6} text-anchor="middle">{`${v}${unit}`}</text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y0 = pad.top + i * row;
          const [a, c] = [x(Math.min(0, b.value)), x(Math.max(0, b.value))];
          return (
            <g key={b.label} class="bar">
              <text class="label" x={pad.left - 6} y={y0 + row / 2 + 4} text-anchor="end">
                {b.label.length > 7 ? `${b.label.slice(0, 6)}…` : b.label}
              </text>
              <rect x={a} y={y0 + 4} width={Math.max(1, c - a)} height={row - 8}>
                <title>{`${b.label}: ${b.value}${unit}${b.note ? ` (${b.note})` : ''}`}</title>
              </rect>
              <text class="value" x={c + 4} y={y0 + row / 2 + 4}>{`${b.value}${b.note ?? ''}`}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
