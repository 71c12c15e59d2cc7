import { createHash } from 'node:crypto';
import { basename, join, relative, resolve } from 'node:path';
import { slugify } from '../format/slugify.js';

export interface NamedInput {
  /** The workbook as found. */
  file: string;
  /** Its folder below the input root ('' for top level). */
  relDir: string;
  /** The output name the report would get alone (`LKj_TW3_2023_<slug>.pdf`). */
  name: string;
}

/**
 * Output paths (relative to --out) that never depend on timing: when two inputs of one run
 * would get the same path, every one of them gets a suffix from its input path (not just the
 * second one to finish). The suffix is the shortest of: the workbook's file name, its path
 * below the input folder, its path from the current folder, that plus a hash of the full path
 * — the first that tells the group apart without meeting any other output name.
 */
export function assignOutputNames(inputs: readonly NamedInput[]): Map<string, string> {
  const key = (p: string) => p.toLowerCase(); // case-insensitive file systems (Windows, macOS)
  const groups = new Map<string, NamedInput[]>();
  for (const i of inputs) {
    const k = key(join(i.relDir, i.name));
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  const taken = new Set(groups.keys());
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.set(group[0]!.file, join(group[0]!.relDir, group[0]!.name));
      continue;
    }
    const strategies: ((i: NamedInput) => string)[] = [
      (i) => slugify(basename(i.file).replace(/\.xlsx$/i, '')),
      (i) => slugify(join(i.relDir, basename(i.file)).replace(/\.xlsx$/i, '')),
      (i) => slugify(relative(process.cwd(), resolve(i.file)).replace(/\.xlsx$/i, '')),
      (i) => `${slugify(relative(process.cwd(), resolve(i.file)).replace(/\.xlsx$/i, ''))}-${createHash('sha256').update(resolve(i.file)).digest('hex').slice(0, 8)}`,
    ];
    for (const [n, suffix] of strategies.entries()) {
      const named = group.map((i) => ({ i, path: join(i.relDir, i.name.replace(/(\.[A-Za-z0-9]+)$/, `_${suffix(i)}$1`)) }));
      const keys = named.map((x) => key(x.path));
      const distinct = new Set(keys).size === keys.length && keys.every((k) => !taken.has(k));
      if (distinct || n === strategies.length - 1) {
        for (const x of named) {
          out.set(x.i.file, x.path);
          taken.add(key(x.path));
        }
        break;
      }
    }
  }
  return out;
}
