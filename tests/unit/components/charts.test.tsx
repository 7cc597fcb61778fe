// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { extent, fitLabel, scale, ticks, textWidth } from '../../../components/charts/scale.ts';
import { BarChart } from '../../../components/charts/BarChart.tsx';
import { DotChart } from '../../../components/charts/DotChart.tsx';
import { LineChart } from '../../../components/charts/LineChart.tsx';

afterEach(cleanup);

describe('scales', () => {
  it('ticks are round and stay inside the domain', () => {
    expect(ticks([0, 7.3])).toEqual([0, 2, 4, 6]);
    expect(ticks([-2.4, 12])).toEqual([0, 5, 10]);
    for (const domain of [
      [-3.7, 11.9],
      [0.2, 0.9],
      [31, 33.5],
    ] as [number, number][]) {
      const t = ticks(domain);
      expect(t.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...t)).toBeGreaterThanOrEqual(domain[0]);
      expect(Math.max(...t)).toBeLessThanOrEqual(domain[1]);
    }
  });

  it('extent includes zero unless told not to; a single value gets a width', () => {
    expect(extent([3, 7])).toEqual([0, 7]);
    expect(extent([3, 7], { includeZero: false })).toEqual([3, 7]);
    expect(extent([5], { includeZero: false })).toEqual([4, 6]);
    expect(scale([0, 10], [100, 200])(5)).toBe(150);
  });

  it('labels are cut to the width they have', () => {
    expect(fitLabel('柳林县', 100)).toBe('柳林县');
    const cut = fitLabel('城镇居民人均可支配收入', 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(60);
  });
});

describe('charts', () => {
  it('each chart is an image named by its title and described by its data; two charts do not share ids', () => {
    render(
      <>
        <LineChart
          title="青岚县：地区生产总值"
          unit="%"
          series={[
            {
              label: '目标',
              className: 'series-target',
              points: [
                { x: 2021, y: 7 },
                { x: 2022, y: 6 },
              ],
            },
          ]}
        />
        <BarChart
          title="2020 年各地目标"
          unit="%"
          bars={[
            { label: '柳林县', value: 6, text: '≈6%' },
            { label: '陵川县', value: 6.5 },
          ]}
        />
        <DotChart
          title="目标与完成"
          unit="%"
          targetLabel="目标"
          actualLabel="完成"
          missedLabel="未达成"
          rows={[
            { label: '地区生产总值', target: 7, actual: 7.3, met: true },
            { label: '固定资产投资', target: 10, actual: 8.1, met: false },
          ]}
        />
      </>,
    );
    const line = screen.getByRole('img', { name: '青岚县：地区生产总值' });
    expect(line.querySelector('desc')!.textContent).toBe('目标: 2021 7%, 2022 6%');
    expect(screen.getByRole('img', { name: '2020 年各地目标' }).querySelector('desc')!.textContent).toBe('柳林县 ≈6%; 陵川县 6.5%');
    const dots = screen.getByRole('img', { name: '目标与完成' });
    // A missed result is a cross (shape, not colour alone), a met one a dot; the legend names the cross.
    expect(dots.querySelectorAll('g.dot.missed path.actual')).toHaveLength(1);
    expect(dots.querySelectorAll('g.dot.met circle.actual')).toHaveLength(1);
    expect(dots.textContent).toContain('未达成');
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('nothing to draw, no chart', () => {
    const { container } = render(<BarChart title="空" unit="%" bars={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
