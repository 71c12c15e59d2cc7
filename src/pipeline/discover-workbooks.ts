import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** lkj's own Rekap output, never an input. */
const REKAP_NAME = /^Rekap_TW[1-4]_\d{4}\.xlsx$/;

export interface FoundWorkbook {
  file: string;
  /** Folder below the input folder it was found in ('' for top level or a named file): mirrored under --out. */
  relDir: string;
}

/**
 * Every workbook under the given folders (recursively) plus the files named directly, in a
 * stable sorted order so that shards and reruns see the same list. Skips Excel's `~$` lock
 * files, lkj's own Rekap workbooks, hidden folders, node_modules and an output folder that
 * lies inside an input folder.
 */
export async function discoverWorkbooks(inputs: readonly string[], exclude: readonly string[] = []): Promise<FoundWorkbook[]> {
  // The output folder is skipped only when it lies inside an input folder: `--out .` (the
  // default) contains the inputs and must not hide them.
  const roots = inputs.map((i) => resolve(i));
  const excluded = exclude.map((e) => resolve(e)).filter((e) => roots.some((r) => e.startsWith(r + sep)));
  const found = new Map<string, FoundWorkbook>();
  const isExcluded = (p: string) => excluded.some((e) => resolve(p) === e || resolve(p).startsWith(e + sep));

  async function walk(dir: string, root: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith('.') || e.name === 'node_modules' || isExcluded(p)) continue;
        await walk(p, root);
      } else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$') && !REKAP_NAME.test(e.name)) {
        if (!found.has(p)) found.set(p, { file: p, relDir: relative(root, dirname(p)) });
      }
    }
  }

  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) await walk(input, input);
    // A file named on the command line is taken as given; validation says what is wrong with it.
    else if (!found.has(input)) found.set(input, { file: input, relDir: '' });
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The I-th (1-based) of M deterministic slices: every M-th workbook, starting at I. */
export function shardOf<T>(items: readonly T[], shard: { index: number; count: number } | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
