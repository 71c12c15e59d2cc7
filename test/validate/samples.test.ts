import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';

interface Expected {
  tw?: 1 | 2 | 3 | 4;
  dokumen?: 'lkj' | 'lkj-tahunan' | 'pk' | 'rencana-aksi';
  exit: number;
  errors: { code: string; sheet?: string; cell?: string }[];
  warnings: { code: string; sheet?: string; cell?: string }[];
}

const invalidDir = 'samples/invalid';
const expected = JSON.parse(readFileSync(join(invalidDir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const key = (p: { code: string; sheet?: string; cell?: string }) => `${p.code} ${p.sheet ?? ''}!${p.cell ?? ''}`;

describe('samples/*.xlsx (valid units)', () => {
  const files = readdirSync('samples').filter((f) => f.endsWith('.xlsx'));
  it('there are at least five sample units', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  for (const f of files) {
    it(`${f} validates without errors for TW 1..4`, async () => {
      for (const tw of [1, 2, 3, 4] as const) {
        const r = await validateCommand({ files: [join('samples', f)], tw, format: 'json', color: false });
        const json = JSON.parse(r.output);
        expect(json.files[0].errors, `TW${tw}`).toEqual([]);
        expect(r.exitCode).toBe(0);
      }
    });
  }
});

describe('samples/invalid: each workbook gives exactly its expected codes at their cells', () => {
  it('covers every file in the folder', () => {
    const files = readdirSync(invalidDir).filter((f) => f.endsWith('.xlsx')).sort();
    expect(Object.keys(expected).sort()).toEqual(files);
  });
  for (const [file, exp] of Object.entries(expected)) {
    it(file, async () => {
      const r = await validateCommand({ files: [join(invalidDir, file)], tw: exp.tw, dokumen: exp.dokumen, format: 'json', color: false });
      const json = JSON.parse(r.output);
      expect(json.files[0].errors.map(key).sort()).toEqual(exp.errors.map(key).sort());
      expect(json.files[0].warnings.map(key).sort()).toEqual(exp.warnings.map(key).sort());
      expect(r.exitCode).toBe(exp.exit);
      for (const p of [...json.files[0].errors, ...json.files[0].warnings]) {
        expect(p.message).toMatch(/\S/);
        expect(p.message).not.toMatch(/\bat .+:\d+:\d+/);
      }
    });
  }
});
