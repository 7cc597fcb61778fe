/** Linear scales and "nice" ticks for the panel's small SVG charts. */

export function extent(values: number[], { includeZero = true } = {}): [number, number] {
  let lo = Math.min(...values, includeZero ? 0 : Infinity);
  let hi = Math.max(...values, includeZero ? 0 : -Infinity);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  return [lo, hi];
}

/** About `count` round tick values covering [lo, hi]. */
export function ticks([lo, hi]: [number, number], count = 4): number[] {
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  // Inside [lo, hi] only: a tick below lo would be drawn over the labels left of the plot.
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6 + 0); // + 0: no -0
  return out;
}

export function scale([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Approximate width of `text` in px at `fontPx`: CJK characters are square, Latin ones about half. */
export function textWidth(text: string, fontPx = 11): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontPx : fontPx * 0.58;
  return w;
}

/** `text` cut with an ellipsis to fit `px` (the full label stays in a <title>). */
export function fitLabel(text: string, px: number, fontPx = 11): string {
  if (textWidth(text, fontPx) <= px) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontPx) > px) break;
    out += ch;
  }
  return `${out}…`;
}
