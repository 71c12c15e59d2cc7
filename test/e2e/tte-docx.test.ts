/**
 * `--format docx --tte`: the same anchors and boxes inside the Word document, the signed-
 * document note in the footer, and no sidecar (Word lays out the pages, so no coordinates).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { convertMillimetersToTwip } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { TTE_FOOTER } from '../../src/model/signers.js';
import { centralDirectory, entryData } from '../../src/write/zip.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

const SAMPLE = 'samples/bidang-penempatan.xlsx';
const NAME = 'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.docx';

function parts(file: string): Map<string, string> {
  const buf = readFileSync(file);
  const out = new Map<string, string>();
  for (const r of centralDirectory(buf)!) {
    const data = entryData(buf, r)!;
    out.set(r.name, (r.method === 8 ? inflateRawSync(data) : data).toString('utf8'));
  }
  return out;
}

/** The text of every run (`<w:t>`) of a part, with the run's properties. */
function runs(xml: string): { text: string; props: string }[] {
  return Array.from(xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g), (m) => ({ props: m[1] ?? '', text: m[2]! }));
}

describe('lkj generate --format docx --tte', () => {
  let out: string;
  let xml: Map<string, string>;
  beforeAll(async () => {
    out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--format', 'docx', '--tte', '--tte-box', '50x25', '--out', out, SAMPLE]);
    expect(r.code).toBe(0);
    xml = parts(join(out, NAME));
  });

  it('writes the document only, no sidecar', () => {
    expect(readdirSync(out)).toEqual([NAME]);
  });

  it('has each signer’s anchor exactly once in the text, as tiny white text', () => {
    const body = runs(xml.get('word/document.xml')!);
    const all = body.map((r) => r.text).join('');
    for (const anchor of ['#', '$']) {
      expect(all.split(anchor).length - 1).toBe(1);
      const run = body.find((r) => r.text === anchor)!;
      expect(run.props).toContain('<w:color w:val="FFFFFF"/>');
      expect(run.props).toMatch(/<w:sz w:val="4"\/>/);
    }
  });

  it('prints two empty boxes of the --tte-box size (50 × 25 mm)', () => {
    const doc = xml.get('word/document.xml')!;
    const h = convertMillimetersToTwip(25);
    const w = convertMillimetersToTwip(50);
    expect(doc.split(`<w:trHeight w:val="${h}" w:hRule="exact"/>`).length - 1).toBe(2);
    expect(doc.split(`<w:gridCol w:w="${w}"/>`).length - 1).toBe(2);
  });

  it('carries the signed-document note in the footers', () => {
    const footers = [...xml.entries()].filter(([n]) => /^word\/footer\d*\.xml$/.test(n)).map(([, x]) => x);
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(f).toContain(TTE_FOOTER);
  });
});
