/** Horizontal bars (one indicator across regions): labels stay readable at a 320 px panel width. */
import { useId } from 'preact/hooks';
import { extent, fitLabel, scale, ticks } from './scale.ts';

export interface Bar {
  label: string;
  value: number;
  /** The value as the report states it (≈6%, ≥5.5%, 6–6.5%); defaults to value and unit. */
  text?: string;
}

export function BarChart({ title, bars, unit, width = 340 }: { title: string; bars: Bar[]; unit: string; width?: number }) {
  const id = useId();
  if (bars.length === 0) return null;
  const row = 22;
  const pad = { left: Math.round(width * 0.3), right: 56, top: 8, bottom: 22 };
  const height = pad.top + pad.bottom + row * bars.length;
  const domain = extent(bars.map((b) => b.value));
  const x = scale(domain, [pad.left, width - pad.right]);
  const text = (b: Bar) => b.text ?? `${b.value}${unit}`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{bars.map((b) => `${b.label} ${text(b)}`).join('; ')}</desc>
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
            <g key={`${b.label}-${i}`} class="bar">
              <text class="label" x={pad.left - 6} y={y0 + row / 2 + 4} text-anchor="end">
                {fitLabel(b.label, pad.left - 10)}
                <title>{b.label}</title>
              </text>
              <rect x={a} y={y0 + 4} width={Math.max(1, c - a)} height={row - 8}>
                <title>{`${b.label}: ${text(b)}`}</title>
              </rect>
              <text class="value" x={c + 4} y={y0 + row / 2 + 4}>
                {text(b)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
