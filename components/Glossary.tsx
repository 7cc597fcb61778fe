/**
 * The glossary: every term known to ReportLens — built-in, explained by saved reports themselves
 * (in their 名词解释 or their body), the user's own — searchable, with every differing definition
 * and its sources, English glosses, the saved reports that use a term; the user's own
 * explanations; and the unexplained terms met in saved reports (an inbox: first use, count,
 * one action to explain, CSV export).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import Fuse from 'fuse.js';
import { builtinGlossary } from '../lib/glossary/builtin.ts';
import type { StoredReport } from '../lib/library/db.ts';
import type { UserTerm } from '../lib/glossary/index.ts';
import { mergeGlossary, type GlossaryListItem } from '../lib/library/panel-queries.ts';
import { reportsUsingTerm } from '../lib/library/queries.ts';
import { columnLabel } from '../lib/compare/matrix.ts';
import { storageProblem } from '../lib/library/errors.ts';
import { cleanUserTerm, deleteUserTerm, saveUserTerm } from '../lib/library/user-terms.ts';
import { definitionsInLibrary, type LibraryDefinition } from '../lib/library/explanations.ts';
import { ReportLabel } from './LibraryExplanation.tsx';
import { Unexplained } from './Unexplained.tsx';
import { usePanel } from './context.ts';
import { LIMITS } from '../lib/limits.ts';
import { useDebounced, useLiveQuery } from './hooks.ts';
import { VirtualList } from './VirtualList.tsx';

export function Glossary({
  reports,
  pendingTerm,
  onPendingDone,
  currentReportId = null,
}: {
  reports: StoredReport[];
  pendingTerm: string | null;
  onPendingDone: () => void;
  /** The saved report the current tab shows: its body explanations jump to their place in the page. */
  currentReportId?: number | null;
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
      {current && <TermDetail item={current} currentReportId={currentReportId} onEdit={() => void startEdit(current.term)} />}
      <Unexplained reports={reports} users={users} reportTerms={inReports} onExplain={(term) => void startEdit(term)} />
    </div>
  );
}

/**
 * Everything known of a term, in order of precedence: the user's explanation, every differing
 * definition the saved reports give (each with the reports giving it, where in them, and a link),
 * the built-in entry; and the saved reports that use it.
 */
function TermDetail({ item, currentReportId, onEdit }: { item: GlossaryListItem; currentReportId: number | null; onEdit: () => void }) {
  const { t, db } = usePanel();
  const definitions = useLiveQuery(() => definitionsInLibrary(db, item.term), [item.term]);
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
      {item.user && (
        <div class="explanation">
          <span class="badge source-user">{t.sourceUser}</span> <span lang="zh-CN">{item.user.definition}</span>
        </div>
      )}
      {definitions.status === 'ready' &&
        definitions.value.map((d) => (
          <div class="explanation" key={d.definition} data-testid="library-definition">
            <span class="badge source-library">{t.sourceLibrary}</span> <span lang="zh-CN">{d.definition}</span>
            <p class="muted small">
              {d.reports.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && t.listSeparator}
                  <DefiningReport report={r} current={r.id === currentReportId} />
                </span>
              ))}
            </p>
          </div>
        ))}
      {item.builtin && (
        <div class="explanation">
          <span class="badge source-builtin">{t.sourceBuiltin}</span> <span lang="zh-CN">{item.builtin.definition}</span>
          <p class="english">
            <span class="visually-hidden">{t.english}: </span>
            {item.builtin.english}
          </p>
        </div>
      )}
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

/**
 * A report that defines the term, and where (名词解释 or body): a link that opens it — or, for the
 * report the current tab shows, jumps to the passage that explains it.
 */
function DefiningReport({ report: r, current }: { report: LibraryDefinition['reports'][number]; current: boolean }) {
  const { t, actions } = usePanel();
  const label = (
    <>
      <ReportLabel region={r.region?.name ?? null} year={r.year} /> · {t.places[r.place]}
    </>
  );
  const { start, end } = r;
  if (current && (start === undefined || end === undefined)) return label;
  return (
    <button
      type="button"
      class="link small"
      title={current ? t.showExplanation : t.openReport}
      onClick={() => (current && start !== undefined && end !== undefined ? void actions.jumpTo({ start, end }) : actions.openUrl(r.url))}
    >
      {label}
    </button>
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
