/** The background's words: toolbar badge and context menu. */
import type { Lang } from '../format.ts';

const zhBackground = {
  badgeSaved: '报',
  badgeUnsaved: '未存',
  badgeProblem: '!',
  analyzeMenu: '用 ReportLens 分析本页',
  readerMenu: '在 ReportLens 阅读器中打开',
};
const enBackground: typeof zhBackground = {
  badgeSaved: 'WR',
  badgeUnsaved: 'WR+',
  badgeProblem: '!',
  analyzeMenu: 'Analyse this page with ReportLens',
  readerMenu: 'Open in ReportLens reader',
};

export function backgroundStrings(lang: Lang): typeof zhBackground {
  return lang === 'en' ? enBackground : zhBackground;
}
