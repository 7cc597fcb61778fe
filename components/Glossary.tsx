/**
 * The glossary: every term known to ReportLens — built-in, from saved reports' own 名词解释, the
 * user's own — searchable, with definitions and their sources, English glosses, the saved reports
 * that use a term; the user's own explanations; and the unexplained terms met in saved reports.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import Fuse from 'fuse.js';
import { builtinGlossary } from '../lib/glossary/builtin.ts';
import type { StoredReport } from '../lib/library/db.ts';
import type { UserTerm } from '../lib/glossary/index.ts';
import { explainedBy, mergeGlossary, unexplainedRanking, type GlossaryListItem } from '../lib/library/panel-queries.ts';
import { firstUnexplainedUse, reportsUsingTerm } from '../lib/library/queries.ts';
import { columnLabel } from '../lib/compare/matrix.ts';
import { storageProblem } from '../lib/library/errors.ts';
import { cleanUserTerm, deleteUserTerm, saveUserTerm } from '../lib/library/user-terms.ts';
import { usePanel } from './context.ts';
import { LIMITS } from '../lib/limits.ts';
import { useDebounced, useLiveQuery } from './hooks.ts';
import { VirtualList } from './VirtualList.tsx';

export function Glossary({
  reports,
  pendingTerm,
  onPendingDone,
}: {
  reports: StoredReport[];
  pendingTerm: string | null;
  onPendingDone: () => void;
}) {
  const { t, db } = usePanel();
  const user = useLiveQuery(() => db.userTerms.toArray(), []);
  const reportTerms = useLiveQuery(async () => (await db.reportGlossary.orderBy('term').uniqueKeys()) as string[], []);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<UserTerm | null>(null);
  const debounced = useDebounced(query, 120);
  const users = user.status === 'ready' ? user.value : [];
  const inReports = reportTerms.status === 'ready' ? reportTerms.value : [];
  const items = useMemo(() => mergeGlossary({ builtin: builtinGlossary, user: users, reportTerms: inReports }), [users, inReports]);
  const fuse = useMemo(
    () =>
      new Fuse(items, {
        keys: [{ name: 'term', weight: 3 }, { name: 'variants', weight: 2 }, 'builtin.english', 'builtin.definition', 'user.definition'],
        threshold: 0.35,
        ignoreLocation: true,
      }),
    [items],
  );
  const shown = debounced.trim() ? fuse.search(debounced.trim()).map((r) => r.item) : items;
  // Opens the editor for `term`, with the user's own explanation when there is one (read from the
  // table: the live list may not have loaded yet when a page's tooltip sends a term).
  const startEdit = async (term: string) => {
    const own = await db.userTerms.get(term).catch(() => undefined);
    setEditing(own ?? { term, definition: '', variants: [], updatedAt: 0 });
  };
  useEffect(() => {
    if (!pendingTerm) return;
    void startEdit(pendingTerm);
    setSelected(pendingTerm);
    onPendingDone();
  }, [pendingTerm]);
  const current = selected ? (items.find((i) => i.term === selected) ?? null) : null;

  return (
    <div data-testid="glossary">
      <div class="toolbar">
        <input
          type="search"
          class="grow"
          aria-label={t.glossarySearch}
          placeholder={t.glossarySearch}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="small" onClick={() => void startEdit(query.trim())}>
          {t.addTerm}
        </button>
      </div>
      {editing && <TermEditor key={`${editing.term} ${editing.updatedAt}`} initial={editing} onClose={() => setEditing(null)} />}
      {shown.length === 0 ? (
        <p>{t.noTermMatches}</p>
      ) : (
        <VirtualList
          items={shown}
          rowHeight={34}
          height={Math.min(shown.length * 34, 240)}
          label={t.tabGlossary}
          render={(item) => (
            <button
              type="button"
              class={`term-row ${item.term === selected ? 'selected' : ''}`}
              aria-pressed={item.term === selected}
              onClick={() => setSelected(item.term)}
            >
              <span class="term" lang="zh-CN">
                {item.term}
              </span>{' '}
              {item.builtin ? (
                <span class="muted small">{item.builtin.english}</span>
              ) : (
                <span class="muted small" lang="zh-CN">
                  {item.user?.definition ?? ''}
                </span>
              )}
            </button>
          )}
        />
      )}
      {current && <TermDetail item={current} reports={reports} onEdit={() => void startEdit(current.term)} />}
      <Unexplained reports={reports} users={users} reportTerms={inReports} onExplain={(term) => void startEdit(term)} />
    </div>
  );
}

function TermDetail({ item, reports, onEdit }: { item: GlossaryListItem; reports: StoredReport[]; onEdit: () => void }) {
  const { t, db } = usePanel();
  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const own = useLiveQuery(() => db.reportGlossary.where('term').equals(item.term).limit(20).toArray(), [item.term]);
  const users = useLiveQuery(() => reportsUsingTerm(db, item.term), [item.term]);
  return (
    <article class="term-detail" data-testid="term-detail" aria-labelledby="term-detail-title">
      <h3 id="term-detail-title" lang="zh-CN">
        {item.term}
      </h3>
      {item.variants.length > 0 && (
        <p class="muted small" lang="zh-CN">
          {item.variants.join('、')}
        </p>
      )}
      {item.builtin && (
        <div class="explanation">
          <span class="badge source-builtin">{t.sourceBuiltin}</span> <span lang="zh-CN">{item.builtin.definition}</span>
          <p class="english">
            <span class="visually-hidden">{t.english}: </span>
            {item.builtin.english}
          </p>
        </div>
      )}
      {item.user && (
        <div class="explanation">
          <span class="badge source-user">{t.sourceUser}</span> <span lang="zh-CN">{item.user.definition}</span>
        </div>
      )}
      {own.status === 'ready' &&
        own.value.map((g) => (
          <div class="explanation" key={g.id}>
            <span class="badge source-report">{t.sourceReport}</span> <span lang="zh-CN">{g.definition}</span>
            <span class="muted small" lang="zh-CN">
              {' '}
              — {byId.get(g.reportId) ? columnLabel(byId.get(g.reportId)!) : ''}
            </span>
          </div>
        ))}
      <button type="button" class="small" onClick={onEdit}>
        {item.user ? t.editTerm : t.explain}
      </button>
      {users.status === 'ready' && users.value.length > 0 && (
        <p class="muted small">
          {t.usedIn(users.value.length)}
          {t.colon}
          <span lang="zh-CN">{users.value.slice(0, 12).map(columnLabel).join('、')}</span>
          {users.value.length > 12 ? '…' : ''}
        </p>
      )}
    </article>
  );
}

function TermEditor({ initial, onClose }: { initial: UserTerm; onClose: () => void }) {
  const { t, db } = usePanel();
  const [term, setTerm] = useState(initial.term);
  const [definition, setDefinition] = useState(initial.definition);
  const [variants, setVariants] = useState(initial.variants.join('，'));
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // The editor opens above the list the user clicked in: bring it into view, focus what is to be written.
  useEffect(() => {
    form.current?.scrollIntoView?.({ block: 'nearest' });
    form.current?.querySelector<HTMLElement>(initial.term ? 'textarea' : 'input')?.focus();
  }, []);
  const save = async (e: Event) => {
    e.preventDefault();
    const clean = cleanUserTerm({ term, definition, variants, now: Date.now() });
    if (!clean) return;
    try {
      await saveUserTerm(db, clean, initial.updatedAt > 0 ? initial.term : undefined);
      onClose();
    } catch (err) {
      setError(t.problem(storageProblem(err)));
    }
  };
  return (
    <form class="editor" onSubmit={save} data-testid="term-editor" ref={form}>
      <label class="field">
        {t.term}
        <input required value={term} maxLength={LIMITS.maxTermChars} onInput={(e) => setTerm((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        {t.definition}
        <textarea
          required
          rows={3}
          maxLength={LIMITS.maxDefinitionChars}
          value={definition}
          onInput={(e) => setDefinition((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <label class="field">
        {t.variants}
        <input value={variants} onInput={(e) => setVariants((e.target as HTMLInputElement).value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="buttons">
        <button type="submit">{t.saveTerm}</button>
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
        {initial.updatedAt > 0 && (
          <button
            type="button"
            class="danger"
            onClick={async () => {
              try {
                await deleteUserTerm(db, initial.term);
                onClose();
              } catch (err) {
                setError(t.problem(storageProblem(err)));
              }
            }}
          >
            {t.deleteTerm}
          </button>
        )}
      </div>
    </form>
  );
}

function Unexplained({
  reports,
  users,
  reportTerms,
  onExplain,
}: {
  reports: StoredReport[];
  users: UserTerm[];
  reportTerms: string[];
  onExplain: (term: string) => void;
}) {
  const { t, db } = usePanel();
  const isExplained = useMemo(() => explainedBy({ builtin: builtinGlossary, user: users, reportTerms }), [users, reportTerms]);
  const [showAll, setShowAll] = useState(false);
  const list = useLiveQuery(
    () => unexplainedRanking(db, { isExplained, shown: LIMITS.unexplainedShown, maxDocuments: LIMITS.unexplainedUsesMaxDocuments }),
    [isExplained, reports.length],
  );
  const shown = list.status === 'ready' ? (showAll ? list.value : list.value.slice(0, LIMITS.unexplainedShown)) : [];
  return (
    <section aria-labelledby="unexplained-title" data-testid="unexplained">
      <h3 id="unexplained-title">{t.unexplainedTitle}</h3>
      <p class="muted small">{t.unexplainedHint}</p>
      {list.status === 'loading' && <p>{t.loading}</p>}
      {list.status === 'error' && <p role="alert">{t.dbError}</p>}
      {list.status === 'ready' && list.value.length === 0 && <p>{t.unexplainedEmpty}</p>}
      {list.status === 'ready' && (
        <ol class="unexplained">
          {shown.map((u, i) => (
            <li key={u.term}>
              <strong lang="zh-CN">{u.term}</strong>{' '}
              <span class="muted small">
                {t.inReports(u.reports)}
                {u.uses !== null && ` · ${t.usesCount(u.uses)}`}
              </span>{' '}
              <button type="button" class="small" onClick={() => onExplain(u.term)}>
                {t.explain}
              </button>
              {u.sentence !== null ? (
                <p class="first-use small">
                  {t.firstUse}
                  {t.colon}
                  <span lang="zh-CN">{u.sentence}</span>
                </p>
              ) : (
                // Not read by the ranking: a document each, so only for the most widespread terms.
                i < LIMITS.firstUsesFetched && <FirstUse term={u.term} />
              )}
            </li>
          ))}
        </ol>
      )}
      {list.status === 'ready' && !showAll && list.value.length > LIMITS.unexplainedShown && (
        <button type="button" class="small" onClick={() => setShowAll(true)}>
          {t.showAll(list.value.length)}
        </button>
      )}
    </section>
  );
}

function FirstUse({ term }: { term: string }) {
  const { t, db } = usePanel();
  const use = useLiveQuery(() => firstUnexplainedUse(db, term), [term]);
  if (use.status !== 'ready' || !use.value) return null;
  return (
    <p class="first-use small">
      {t.firstUse}
      {t.colon}
      <span lang="zh-CN">{use.value.sentence}</span>
    </p>
  );
}
