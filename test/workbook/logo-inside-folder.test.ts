import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLogo } from '../../src/workbook/load-logo.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('Logo must lie inside the workbook folder', () => {
  let root: string;
  let book: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lkj-logo-'));
    mkdirSync(join(root, 'unit', 'gambar'), { recursive: true });
    writeFileSync(join(root, 'outside.png'), PNG);
    writeFileSync(join(root, 'unit', 'gambar', 'logo.png'), PNG);
    symlinkSync(join(root, 'outside.png'), join(root, 'unit', 'link.png'));
    book = join(root, 'unit', 'data.xlsx');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a logo in a subfolder of the workbook', async () => {
    expect(await loadLogo(book, 'gambar/logo.png')).toHaveProperty('dataUrl');
  });

  it.each([['../outside.png'], ['link.png']])('refuses %s, which leads out of the folder, and says why', async (logo) => {
    const r = await loadLogo(book, logo);
    expect(r).toEqual({ problem: expect.stringContaining('harus berada di folder buku kerja') });
  });

  it('refuses an absolute path outside the folder', async () => {
    const r = await loadLogo(book, join(root, 'outside.png'));
    expect(r).toEqual({ problem: expect.stringContaining('harus berada di folder buku kerja') });
  });
});
