/**
 * What every view of the panel needs, passed once through context: the library database, the
 * extension actions, the language and its strings, the settings.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LibraryDb } from '../lib/library/db.ts';
import type { Settings } from '../lib/settings.ts';
import type { Lang } from '../lib/format.ts';
import type { Strings } from '../lib/i18n.ts';
import type { PanelActions } from './actions.ts';

export interface Panel {
  db: LibraryDb;
  actions: PanelActions;
  lang: Lang;
  t: Strings;
  settings: Settings;
  /** Opens the glossary view with the editor prefilled for `term`. */
  explainTerm(term: string): void;
  /** Long library work (an import) runs: the report list stops following each change and catches up at the end. */
  setLibraryBusy(busy: boolean): void;
}

export const PanelContext = createContext<Panel | null>(null);

export function usePanel(): Panel {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel outside <PanelContext.Provider>');
  return panel;
}
