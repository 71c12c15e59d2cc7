import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * lkj's installation directory (where package.json and templates/ live). Found by walking up
 * from this code's own file, so it holds in src/ (tests), dist/ and the single-file bundle
 * dist/lkj.cjs alike, whatever depth the code ends up at.
 */
export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) throw new Error(`lkj: package.json dan templates/ tidak ditemukan di atas ${start}`);
  }
}
