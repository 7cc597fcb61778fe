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
            <FigureValue figure={f} />
            <td>
              <button
                type="button"
                class="link quote"
                lang="zh-CN"
                title={t.jumpTo}
                onClick={() => void actions.jumpTo({ start: f.start, end: f.end })}
              >
                {f.quote}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const CJK = /[\u3400-\u9fff]/;

/** A figure's value with its qualifier; the report's own unit (亿元, 万人) is quoted, not translated, and marked as Chinese. */
function FigureValue({ figure }: { figure: Figure }) {
  const { lang } = usePanel();
  const text = formatFigureValue(figure, lang);
  return (
    <td class="value" lang={CJK.test(text) ? 'zh-CN' : undefined}>
      {text}
    </td>
  );
}
