import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering of src/ (README, "Desain"): arrows point only down this table, a document
 * kind knows no output format, an output format knows no document kind, and exceljs and
 * puppeteer each live in one folder. A new folder must be placed here before it is used.
 */
/** One folder per document kind under src/documents/, one per output format under src/output/. */
const DOCUMENT_KINDS = ['lkj', 'lkj-tahunan', 'pk', 'rencana-aksi', 'rekap'];
const OUTPUT_FORMATS = ['html', 'pdf', 'docx'];

const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  format: ['model'],
  calc: ['model', 'format'],
  workbook: ['model', 'format', 'write'],
  write: ['model'],
  validate: ['model', 'format', 'calc', 'workbook'],
  'documents/shared': ['model', 'format'],
  ...Object.fromEntries(DOCUMENT_KINDS.map((k) => [`documents/${k}`, ['model', 'format', 'calc', 'documents/shared']])),
  ...Object.fromEntries(OUTPUT_FORMATS.map((f) => [`output/${f}`, ['model', 'format', 'write']])),
  pipeline: ['model', 'format', 'calc', 'workbook', 'write', 'validate', 'documents/shared', ...DOCUMENT_KINDS.map((k) => `documents/${k}`), ...OUTPUT_FORMATS.map((f) => `output/${f}`)],
  commands: ['model', 'format', 'calc', 'workbook', 'write', 'validate', 'pipeline', ...OUTPUT_FORMATS.map((f) => `output/${f}`)],
  cli: ['model', 'commands', 'pipeline'],
  main: ['model', 'cli', 'output/pdf', 'write'],
  boot: ['write'],
};

const SRC = path.resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** `documents/lkj/x.ts` → `documents/lkj`; `cli.ts` → `cli`. */
function layerOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel.length === 1) return rel[0]!.replace(/\.ts$/, '');
  if ((rel[0] === 'documents' || rel[0] === 'output') && rel.length > 2) return `${rel[0]}/${rel[1]}`;
  return rel[0]!;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) local.push(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
    else packages.push(spec);
  }
  return { local, packages };
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  it('every folder of src/ has its place in the layering', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((l) => !(l in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it('imports point only down the layers', () => {
    const wrong: string[] = [];
    for (const [file, { local }] of graph) {
      const from = layerOf(file);
      for (const target of local) {
        const to = layerOf(target);
        if (to !== from && !MAY_IMPORT[from]?.includes(to)) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push(stack.slice(stack.indexOf(f)).concat(f).map((x) => path.relative(SRC, x)).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      stack.push(f);
      for (const t of graph.get(f)?.local ?? []) if (graph.has(t)) visit(t);
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) visit(f);
    expect(cycles).toEqual([]);
  });

  it('exceljs only in src/workbook, puppeteer only in src/output/pdf', () => {
    const wrong: string[] = [];
    for (const [file, { packages }] of graph) {
      const layer = layerOf(file);
      if (packages.some((p) => p === 'exceljs') && layer !== 'workbook') wrong.push(path.relative(SRC, file));
      if (packages.some((p) => p.startsWith('puppeteer')) && layer !== 'output/pdf') wrong.push(path.relative(SRC, file));
    }
    expect(wrong).toEqual([]);
  });
});
