/** A table of figures (targets or results): indicator, value with its qualifier, and the clause, which jumps to the page. */
import type { Figure } from '../lib/report/types.ts';
import { formatFigureValue, indicatorLabel, MEASURE_LABELS } from '../lib/format.ts';
import { usePanel } from './context.ts';

export function FigureTable({ caption, figures, showYear = false }: { caption: string; figures: Figure[]; showYear?: boolean }) {
  const { t, lang, actions } = usePanel();
  if (figures.length === 0) return null;
  return (
    <table class="figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.indicator}</th>
          {showYear && <th scope="col">{t.year}</th>}
          <th scope="col">{t.value}</th>
          <th scope="col">{t.quote}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f, i) => (
          <tr key={i}>
            <th scope="row">
              {indicatorLabel(f.indicator, lang)}
              <span class="measure muted small">{MEASURE_LABELS[f.measure][lang]}</span>
            </th>
            {showYear && <td>{f.year}</td>}
            <td class="value">{formatFigureValue(f, lang)}</td>
            <td>
              <button type="button" class="link quote" title={t.jumpTo} onClick={() => void actions.jumpTo({ start: f.start, end: f.end })}>
                {f.quote}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
