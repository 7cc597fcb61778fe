/**
 * The command line's arguments → the list of files the extractor reads, in the order it prints
 * them: arguments in the order given; a directory's entries sorted by name (code-point order,
 * the same on every machine and locale), each subdirectory walked where its name falls. Inside
 * directories only the kinds the extractor reads are taken (HTML, text, PDF, Word), so a
 * `wget --mirror` folder with its images, scripts and style sheets can be given as it is; the rest
 * is counted by extension. A file named as an argument is always read, whatever its name.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions read inside directories (a legacy .doc is not: it cannot be read, only refused). */
export const READ_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.shtml', '.xhtml', '.txt', '.pdf', '.docx']);

export interface InputFiles {
  /** Paths in print order; - stands for standard input. */
  files: string[];
  /** Files left out inside directories, by extension ('' for none). */
  skipped: Map<string, number>;
  /** One stderr line per directory that could not be listed. */
  errors: string[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export async function listInputFiles(args: readonly string[]): Promise<InputFiles> {
  const found: InputFiles = { files: [], skipped: new Map(), errors: [] };
  for (const arg of args) {
    const isDirectory = arg !== '-' && (await stat(arg).catch(() => null))?.isDirectory();
    if (isDirectory) await walk({ dir: arg, found, visited: new Set() });
    // Missing and unreadable paths stay in the list: reading them gives their error in its place.
    else found.files.push(arg);
  }
  return found;
}

async function walk({ dir, found, visited }: { dir: string; found: InputFiles; visited: Set<string> }): Promise<void> {
  let entries: Dirent[];
  try {
    // A symbolic link back up the tree (or two links to one folder) is walked once.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    found.errors.push(`extract: ${dir}: cannot read directory (${errorCode(error)})`);
    return;
  }
  for (const entry of entries.sort(byName)) {
    // Hidden entries (.git, .DS_Store) are no saved pages.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
    if (isDirectory) {
      await walk({ dir: path, found, visited });
      continue;
    }
    const extension = extname(entry.name).toLowerCase();
    if (READ_EXTENSIONS.has(extension)) found.files.push(path);
    else found.skipped.set(extension, (found.skipped.get(extension) ?? 0) + 1);
  }
}

/** The stderr note on what the walk left out, or null when it left out nothing. */
export function skippedNote(skipped: ReadonlyMap<string, number>): string | null {
  if (skipped.size === 0) return null;
  const total = [...skipped.values()].reduce((a, b) => a + b, 0);
  const kinds = [...skipped]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([extension, count]) => `${extension || 'no extension'} ${count}`)
    .join(', ');
  return `extract: skipped ${total} file${total === 1 ? '' : 's'} in directories that are not HTML, text, PDF or Word (${kinds})`;
}
