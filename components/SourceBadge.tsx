/** Where an explanation comes from, as a small labelled badge (text, not colour alone). */
import type { TermSource } from '../lib/report/types.ts';
import { usePanel } from './context.ts';

export function SourceBadge({ source }: { source: TermSource }) {
  const { t } = usePanel();
  const label =
    source === 'report' ? t.sourceReport : source === 'user' ? t.sourceUser : source === 'builtin' ? t.sourceBuiltin : t.unexplained;
  return <span class={`badge source-${source}`}>{label}</span>;
}
