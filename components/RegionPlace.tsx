/**
 * Where the report on "This page" comes from: its province, prefecture and division code once
 * resolved; otherwise "unresolved", with the units its name can be to choose from in one click.
 * The candidates and the choice go through the background (PanelActions), which has the division
 * data; the panel never loads it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Region } from '../lib/report/types.ts';
import type { Problem, RegionCandidatesReply } from '../lib/messages.ts';
import { usePanel } from './context.ts';

type Candidates = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; reply: RegionCandidatesReply };

export function RegionPlace({ region, reportKey }: { region: Region | null; reportKey: string }) {
  const { t } = usePanel();
  if (!region || region.level === 'nation') return null;
  if (region.code) {
    // 吕梁市's own report lies in 吕梁市: the unit itself is not repeated.
    const place = [region.province, region.prefecture].filter((p) => p && p !== region.name).join(' ');
    return (
      <div class="small" data-testid="region-place">
        {place && (
          <>
            <span lang="zh-CN">{place}</span>
            {' · '}
          </>
        )}
        {t.regionCode} {region.code}
      </div>
    );
  }
  // Keyed by report: candidates of one report are never offered for the next.
  return <RegionChoice key={reportKey} />;
}

function RegionChoice() {
  const { t, actions } = usePanel();
  const [candidates, setCandidates] = useState<Candidates>({ status: 'loading' });
  const [choosing, setChoosing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    let current = true;
    actions
      .regionCandidates()
      .catch(() => null)
      .then((reply) => {
        if (current) setCandidates(reply ? { status: 'ready', reply } : { status: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [actions]);
  const choose = async (code: string) => {
    setChoosing(true);
    try {
      const reply = await actions.chooseRegion(code);
      setProblem(reply.ok ? null : reply.problem);
    } catch {
      setProblem({ code: 'no-answer' });
    } finally {
      setChoosing(false);
    }
  };
  const list = candidates.status === 'ready' ? candidates.reply.candidates : [];
  return (
    <div class="region-choice" data-testid="region-unresolved">
      <p class="small">
        <strong>{t.regionUnresolved}</strong>
      </p>
      {candidates.status === 'loading' ? (
        <p class="muted small">{t.loading}</p>
      ) : candidates.status === 'failed' ? (
        <p class="muted small">{t.regionCandidatesFailed}</p>
      ) : list.length === 0 ? (
        <p class="muted small">{t.regionUnknown}</p>
      ) : (
        <>
          <p class="muted small">{list.length > 1 ? t.regionAmbiguous(list.length) : t.regionOneCandidate}</p>
          <ul class="candidates">
            {list.map((c) => (
              <li key={c.code}>
                <button type="button" class="small" disabled={choosing} data-testid="region-candidate" onClick={() => void choose(c.code)}>
                  <span lang="zh-CN">{[c.province, c.prefecture, c.name].filter((p, i, all) => p && all.indexOf(p) === i).join(' ')}</span>{' '}
                  <span class="muted">{c.code}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {problem && (
        <p role="alert" class="error">
          {t.problem(problem)}
        </p>
      )}
    </div>
  );
}
