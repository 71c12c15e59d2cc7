import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs, makeDirsSync } from '../../src/write/make-dirs.js';
import { tempDir } from '../helpers/xlsx.js';

describe('makeDirs / makeDirsSync', () => {
  it('make every missing level, and accept folders that exist', async () => {
    const root = tempDir();
    await makeDirs(join(root, 'a', 'b', 'c'));
    makeDirsSync(join(root, 'd', 'e'));
    await makeDirs(join(root, 'a', 'b'));
    makeDirsSync(join(root, 'a'));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(statSync(join(root, 'd', 'e')).isDirectory()).toBe(true);
  });

  it('throw when a file is in the way', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'berkas'), 'x');
    await expect(makeDirs(join(root, 'berkas', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(() => makeDirsSync(join(root, 'berkas', 'sub'))).toThrow();
  });

  // Node 20's mkdir { recursive: true } never returns here; these must fail at once.
  it('fail (not hang) where a folder can never be made', async () => {
    const target = process.platform === 'linux' ? '/proc/lkj-tidak-ada/sub' : join(tempDir(), 'berkas', 'sub');
    if (process.platform !== 'linux') writeFileSync(join(target, '..'), 'x');
    await expect(makeDirs(target)).rejects.toThrow();
    expect(() => makeDirsSync(target)).toThrow();
    expect(existsSync(target)).toBe(false);
  });
});
