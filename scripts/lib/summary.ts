/** A plain-text summary of a report document, for the terminal (npm start, extract --summary). */
import type { Figure, ReportDocument } from '../../lib/report/types.ts';
import { formatFigureValue } from '../../lib/format.ts';

export function formatReportSummary(report: ReportDocument): string {
  const lines: string[] = [];
  lines.push(`ReportLens found a work report (confidence ${report.confidence.toFixed(2)}).`);
  lines.push(`  Region:   ${report.region ? `${report.region.name} (${report.region.level})` : '—'}`);
  lines.push(`  Meeting:  ${report.meeting ?? '—'}${report.date ? `, ${report.date}` : ''}`);
  lines.push(`  Speaker:  ${report.speaker ? `${report.speaker.title} ${report.speaker.name}` : '—'}`);
  lines.push(`  Years:    reviews ${report.reviewYear ?? '—'}, plans ${report.planYear ?? '—'}`);
  const table = (title: string, figures: Figure[]) => {
    lines.push(`  ${title} (${figures.length}):`);
    for (const f of figures) lines.push(`    ${f.year}  ${f.name}  ${f.measure}  ${formatFigureValue(f)}`);
  };
  table('Targets', report.targets);
  table('Results', report.actuals);
  lines.push(`  Glossary entries in the report: ${report.glossary.length}; jargon found: ${report.terms.length}`);
  return lines.join('\n');
}
