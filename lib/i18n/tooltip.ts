/** The tooltip's words (bundled into the content script: keep it small). */
import type { Lang } from '../format.ts';
import type { ExplanationSource } from '../messages.ts';

const zhTooltip = {
  sources: { report: '本报告注释', body: '本报告正文', user: '我的解释', library: '资料库', builtin: 'ReportLens 词库' } as Record<
    ExplanationSource,
    string
  >,
  noExplanation: '还没有解释。',
  firstUse: (sentence: string) => `首次出现：${sentence}`,
  addExplanation: '添加解释',
  footnote: (n: number, term: string) => `注释 [${n}] ${term}`,
  // Issue 13: where the report explains a term itself, and explanations from the library's other reports.
  showInText: '在正文中查看',
  fromReport: (region: string | null, year: number | null) => `${region ?? ''}${year ? ` ${year} 年` : ''}报告`.trim(),
  moreInLibrary: (n: number) => `资料库中另有 ${n} 种解释（见面板“术语”）`,
};

export type TooltipStrings = typeof zhTooltip;

const enTooltip: TooltipStrings = {
  sources: {
    report: "report's own note",
    body: "report's own text",
    user: 'my explanation',
    library: 'your library',
    builtin: 'ReportLens glossary',
  },
  noExplanation: 'No explanation yet.',
  firstUse: (sentence) => `First use: ${sentence}`,
  addExplanation: 'Add an explanation',
  footnote: (n, term) => `Note [${n}] ${term}`,
  showInText: 'Show in the text',
  // Region names are never translated (see the top of this file).
  fromReport: (region, year) => `${[region, year].filter(Boolean).join(', ')} report`.trim(),
  moreInLibrary: (n) => `${n} more in your library (panel: Glossary)`,
};

export function tooltipStrings(lang: Lang): TooltipStrings {
  return lang === 'en' ? enTooltip : zhTooltip;
}
