/**
 * Renders only the rows in view (plus a few): a library of 10,000 reports scrolls as lightly as
 * one of ten. Rows have one fixed height.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../lib/limits.ts';

export function VirtualList<T>({
  items,
  rowHeight,
  height,
  label,
  render,
}: {
  items: T[];
  rowHeight: number;
  height: number;
  label: string;
  render: (item: T, index: number) => ComponentChildren;
}) {
  const [scrolled, setScrollTop] = useState(0);
  // A list that shrank (a search, a filter) may keep the old offset until the browser reports the
  // clamped one; without clamping here it would draw nothing.
  const scrollTop = Math.min(scrolled, Math.max(0, items.length * rowHeight - height));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - LIMITS.virtualOverscanRows);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + LIMITS.virtualOverscanRows);
  return (
    <div
      class="virtual"
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
      role="list"
      aria-label={label}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <div
            key={first + i}
            role="listitem"
            class="virtual-row"
            style={{ position: 'absolute', top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
          >
            {render(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
