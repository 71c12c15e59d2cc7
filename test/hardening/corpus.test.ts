/**
 * The bad-input corpus (test/fixtures/corpus, built by scripts/build-corpus.ts): every file
 * gives exactly its expected exit code and set of problem codes through the real CLI, never
 * a stack trace, never the internal-bug exit code, and `generate` refuses the invalid ones
 * without leaving anything behind. No timing assertions: a hang shows up as a test timeout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_INTERNAL } from '../../src/cli.js';
import { PROBLEM_CODES } from '../../src/model/problem.js';
import { cli, type CliRun } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

interface Expected {
  about?: string;
  exit: 0 | 1;
  codes: string[];
  warnings?: string[];
  /** Validate and calc with `--tw`. */
  tw?: number;
  /** `code Sheet!A1` findings that must be present. */
  problems?: string[];
  /** Words some problem message must contain. */
  messages?: string[];
  /** What `lkj calc --format json` must give. */
  figures?: {
    indikator?: Record<string, Record<string, number | null>>;
    anggaran?: Record<string, Record<string, number>>;
  };
}

interface JsonProblem {
  code: string;
  sheet?: string;
  cell?: string;
  value?: string;
  message: string;
}

interface ValidateJson {
  valid: boolean;
  files: { file: string; valid: boolean; errors: JsonProblem[]; warnings: JsonProblem[] }[];
}

const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, Expected>;
const entries = Object.entries(expected);

const STACK = /\n\s+at .+:\d+:\d+/;
/** C0 controls other than tab and newline, DEL and C1: nothing a terminal should receive from a workbook. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function sane(r: CliRun): void {
  expect(r.code).not.toBe(EXIT_INTERNAL);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
  expect(r.stderr).not.toContain('galat internal');
}

const codeSet = (ps: JsonProblem[]) => [...new Set(ps.map((p) => p.code))].sort();

describe('the corpus itself', () => {
  it('has at least 40 files, every one listed in expected.json and every listed one present', () => {
    const onDisk = readdirSync(CORPUS).filter((f) => f !== 'expected.json').sort();
    expect(onDisk.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(onDisk);
  });

  it('exercises every error code a file can produce, and only known codes', () => {
    const all = new Set(entries.flatMap(([, e]) => [...e.codes, ...(e.warnings ?? [])]));
    for (const code of all) expect(Object.keys(PROBLEM_CODES)).toContain(code);
    const errorCodes = [
      'not-a-file', 'not-xlsx', 'file-too-large',
      'missing-sheet', 'missing-column', 'duplicate-column', 'missing-key', 'too-many-rows',
      'required-value', 'type-error', 'formula-error', 'invalid-value', 'invalid-tw', 'negative-value', 'zero-target',
      'invalid-year', 'invalid-date', 'invalid-nip', 'cell-too-long',
      'duplicate-key', 'unknown-reference', 'sum-mismatch',
    ];
    for (const code of errorCodes) expect([...all], code).toContain(code);
    // Several variants of the main contract codes.
    const count = (code: string) => entries.filter(([, e]) => e.codes.includes(code)).length;
    for (const code of ['type-error', 'formula-error', 'missing-column', 'not-xlsx', 'file-too-large', 'invalid-nip']) {
      expect(count(code), code).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('lkj validate --format json on every corpus file', () => {
  for (const [file, e] of entries) {
    const label = `${file} -> exit ${e.exit}${e.codes.length ? ` [${e.codes.join(', ')}]` : ''}${e.warnings?.length ? ` (${e.warnings.join(', ')})` : ''}`;
    it(label, async () => {
      const tw = e.tw === undefined ? [] : ['--tw', String(e.tw)];
      const r = await cli(['validate', '--format', 'json', ...tw, join(CORPUS, file)]);
      sane(r);
      const j = JSON.parse(r.stdout) as ValidateJson;
      expect(j.files).toHaveLength(1);
      const f = j.files[0]!;
      expect({ exit: r.code, codes: codeSet(f.errors) }).toEqual({ exit: e.exit, codes: [...e.codes].sort() });
      if (e.warnings) expect(codeSet(f.warnings)).toEqual([...e.warnings].sort());
      expect(j.valid).toBe(e.exit === 0);
      expect(f.valid).toBe(e.exit === 0);
      for (const p of [...f.errors, ...f.warnings]) {
        expect(Object.keys(PROBLEM_CODES)).toContain(p.code);
        expect(p.message.trim().length).toBeGreaterThan(0);
        expect(p.message).not.toMatch(STACK);
        // One readable sentence: a value found is quoted shortened, never a 20 000-character cell.
        expect(p.message.length, `${p.code} ${p.sheet ?? ''}!${p.cell ?? ''} message of ${p.message.length} characters`).toBeLessThanOrEqual(1000);
        if (p.cell !== undefined) expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      }
      const found = [...f.errors, ...f.warnings].map((p) => `${p.code} ${p.sheet ?? ''}!${p.cell ?? ''}`);
      for (const want of e.problems ?? []) expect(found, want).toContain(want);
      for (const words of e.messages ?? []) {
        expect([...f.errors, ...f.warnings].some((p) => p.message.includes(words)), `a message with "${words}"`).toBe(true);
      }
    });
  }
});

describe('lkj calc --format json gives the expected figures', () => {
  for (const [file, e] of entries.filter(([, x]) => x.figures)) {
    it(file, async () => {
      const r = await cli(['calc', '--format', 'json', '--tw', String(e.tw ?? 3), join(CORPUS, file)]);
      sane(r);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout) as { indikator: Record<string, unknown>[]; anggaran: Record<string, unknown>[] };
      for (const [part, rows] of [['indikator', e.figures!.indikator], ['anggaran', e.figures!.anggaran]] as const) {
        for (const [kode, want] of Object.entries(rows ?? {})) {
          const row = j[part].find((x) => x.kode === kode);
          expect(row, `${part} ${kode}`).toBeDefined();
          for (const [k, v] of Object.entries(want)) expect(row![k], `${part} ${kode} ${k}`).toEqual(v);
        }
      }
    });
  }
});

describe('lkj generate --tw 3 refuses every invalid corpus file and writes nothing', () => {
  for (const [file] of entries.filter(([, e]) => e.exit === 1)) {
    it(file, async () => {
      const out = tempDir();
      const r = await cli(['generate', '--tw', '3', '--out', out, join(CORPUS, file)]);
      sane(r);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});

describe('lkj generate --tw 3 --format html renders every valid corpus file', () => {
  for (const [file] of entries.filter(([, e]) => e.exit === 0)) {
    it(file, async () => {
      const out = tempDir();
      const r = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, join(CORPUS, file)]);
      sane(r);
      expect(r.code).toBe(0);
      const written = readdirSync(out);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^LKj_TW3_\d{4}_[a-z0-9-]+\.html$/);
    });
  }
});

describe('hostile text stays text', () => {
  const html = async (file: string) => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, join(CORPUS, file)]);
    expect(r.code).toBe(0);
    return readFileSync(r.stdout, 'utf8');
  };

  it('markup from the workbook is escaped in the HTML, never live', async () => {
    const h = await html('hostile-html.xlsx');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const lower = h.toLowerCase();
    for (const live of ['<script', '<iframe', '<img src="http', '<link rel="stylesheet" href="http', '<svg onload', '<style>@import']) {
      expect(lower.includes(live), `live markup ${live} in the HTML`).toBe(false);
    }
  });

  it('bidi controls from the workbook never reach the report (a name cannot print backwards)', async () => {
    for (const file of ['bidi-controls.xlsx', 'hostile-rtl-unicode.xlsx']) {
      const h = await html(file);
      expect(h, file).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    }
    expect(await html('bidi-controls.xlsx')).toContain('Ir. HAKHORABUM MUNAH');
  });

  it('template syntax from the workbook is printed, not evaluated', async () => {
    const h = await html('hostile-handlebars.xlsx');
    expect(h).toContain('{{constructor}}');
    expect(h).toContain('}}{{#each}}');
    expect(h).toContain('{{constructor.constructor');
    expect(h).not.toContain('function Object()');
    expect(h).not.toContain('[object Object]');
  });

  it('control characters from the workbook never reach the terminal (text, github, generate warnings)', async () => {
    const file = join(CORPUS, 'hostile-control-chars.xlsx');
    for (const format of ['text', 'github']) {
      const r = await cli(['validate', '--format', format, file]);
      sane(r);
      expect(r.code).toBe(0);
      expect(r.stdout, `--format ${format}`).not.toMatch(CONTROL);
      expect(r.stderr, `--format ${format}`).not.toMatch(CONTROL);
    }
    const out = tempDir();
    const g = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, file]);
    expect(g.code).toBe(0);
    expect(g.stderr).toContain('peringatan');
    expect(g.stderr).not.toMatch(CONTROL);
  });
});
