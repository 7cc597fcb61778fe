/** Where an explanation comes from, as a small labelled badge (text, not colour alone). */
import type { TermSource } from '../lib/report/types.ts';
import { usePanel } from './context.ts';

export function SourceBadge({ source }: { source: TermSource }) {
  const { t } = usePanel();
  const labels: Record<TermSource, string> = {
    report: t.sourceReport,
    body: t.sourceBody,
    user: t.sourceUser,
    builtin: t.sourceBuiltin,
    none: t.unexplained,
  };
  const label = labels[source];
  return <span class={`badge source-${source}`}>{label}</span>;
}
