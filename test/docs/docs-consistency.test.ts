import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/model/problem.js';

/**
 * The user documentation must keep up with the code: every problem code a user can meet is
 * explained, and every link stays inside the repository (the docs travel with it).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = ['README.md', 'docs/README.md', 'docs/buku-kerja.md', 'docs/baris-perintah.md'];
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** The `| \`code\` | …` rows of a Markdown table. */
function documentedCodes(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]!));
}

describe('documentation', () => {
  it('explains every problem code in docs/buku-kerja.md and README.md', () => {
    const codes = Object.keys(PROBLEM_CODES);
    for (const file of ['docs/buku-kerja.md', 'README.md']) {
      const documented = documentedCodes(read(file));
      expect(codes.filter((c) => !documented.has(c)), file).toEqual([]);
    }
  });

  it('links only to files inside the repository that exist', () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      // Code blocks hold examples, not links.
      const text = read(file).replace(/```[\s\S]*?```/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!.split('#')[0]!;
        if (target === '' || /^[a-z]+:/i.test(target)) continue;
        const abs = resolve(ROOT, dirname(file), target);
        const inside = !relative(ROOT, abs).startsWith('..');
        if (!inside || !existsSync(abs)) broken.push(`${file}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names no machine-specific paths', () => {
    const found = DOCS.filter((f) => /(^|[\s(`'"])\/(work|tmp|root|home)\//m.test(read(f)));
    expect(found).toEqual([]);
  });
});
