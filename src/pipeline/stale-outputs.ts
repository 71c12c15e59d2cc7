import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What lkj writes: reports, Rekap and their formats. */
const OUTPUT_NAME = /^(?:LKj|PK|Rencana_Aksi|Rekap)_.+\.(?:pdf|html|docx|xlsx)$/i;
/** An output folder is rarely deep; the default `--out .` may be a whole home folder. */
const MAX_DEPTH = 8;

/**
 * Report-looking files in `outDir` that this run did not write (an older run's, another
 * unit's renamed output): listed so that nobody mistakes them for this run's, never removed.
 * Inputs, hidden folders and node_modules are skipped.
 */
export async function findStaleOutputs(outDir: string, written: ReadonlySet<string>, inputs: ReadonlySet<string>): Promise<string[]> {
  const stale: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < MAX_DEPTH && !e.name.startsWith('.') && e.name !== 'node_modules') await walk(p, depth + 1);
      } else if (e.isFile() && OUTPUT_NAME.test(e.name) && !written.has(resolve(p)) && !inputs.has(resolve(p))) {
        stale.push(p);
      }
    }
  };
  await walk(outDir, 0);
  return stale.sort();
}
