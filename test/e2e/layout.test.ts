/**
 * The LKj survives real data: a Sekretariat's 12-digit budgets, 7-digit counts, words longer
 * than a column, emoji and characters no bundled font has. Read from the PDF's text layer
 * (positions by pdf.js): nothing overlaps, nothing leaves the printable area.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { pdfFonts } from '../helpers/pdf-outline.js';
import { withPdfjs } from '../helpers/pdf-text.js';
import { tempDir, validSheets, writeXlsx } from '../helpers/xlsx.js';

const MM = 72 / 25.4;
// templates/shared/report.css: @page margin 25mm 20mm 20mm 25mm (top right bottom left).
const MARGIN = { top: 25 * MM, right: 20 * MM, bottom: 20 * MM, left: 25 * MM };

const PAGU = 999_999_999_999; // Rp 999.999.999.999, the largest budget lkj must print
const COUNT = 9_999_999; // the largest count
const LONG_WORD = `Pengembangan${'x'.repeat(48)}`; // 60 letters, no break
const URL = 'https://sakip.lumajangkab.go.id/laporan/kinerja/2023/triwulan-3/dokumen-pendukung-lengkap.pdf';
const EMOJI = ['🚀', '✅', '👷'];
const UNSUPPORTED = '漢'; // CJK: neither Tinos nor Noto Emoji has it

/** Indonesian thousands grouping, as the report prints integers. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function sheets() {
  const s = validSheets();
  const head = (rows: unknown[][]) => rows[0]!;
  s.Anggaran = [
    head(s.Anggaran!) as never,
    ['K1', `Pengelolaan Informasi Pasar Kerja ${URL}`, 'DAU', PAGU, 249_999_999_999, 249_999_999_999, 249_999_999_999, 0],
    ['K3', `Pelayanan ${LONG_WORD} ${EMOJI[0]}`, 'DAU', PAGU - 111_111_111_111, 111_111_111_111, 222_222_222_222, 333_333_333_333, 0],
  ];
  const indikator: unknown[][] = [head(s.Indikator!)];
  indikator.push(['IK1', `Meningkatnya penempatan ${LONG_WORD} ${EMOJI[1]} ${UNSUPPORTED}`, `Jumlah pencari kerja ${EMOJI[2]} ${URL}`, 'orang', COUNT, 'Positif', 'Kumulatif', 'K1', 1_000_000, 4_000_000, 4_999_999, 0]);
  // One sasaran with many indicators: its rows must not push the table to a new page.
  for (let i = 2; i <= 16; i++) {
    indikator.push([`IK${i}`, undefined, `Jumlah dokumen pasar kerja nomor ${i} yang dikelola`, 'dokumen', 1_000_000 + i, 'Positif', 'Kumulatif', i % 2 ? 'K1' : 'K3', 100_000, 200_000, 300_000 + i * 1000, 0]);
  }
  s.Indikator = indikator as never;
  s.Penempatan = [head(s.Penempatan!) as never];
  return s;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Page {
  width: number;
  height: number;
  items: Item[];
}

async function pages(file: string): Promise<Page[]> {
  const { result } = await withPdfjs(file, async (doc) => {
    const out: Page[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const items = (await page.getTextContent()).items.flatMap((i) =>
        'str' in i && i.str.trim() !== '' ? [{ str: i.str, x: i.transform[4]!, y: i.transform[5]!, width: i.width, height: Math.hypot(i.transform[2]!, i.transform[3]!) }] : [],
      );
      out.push({ width: x1 - x0, height: y1 - y0, items });
    }
    return out;
  });
  return result;
}

/** Pairs of text items on one baseline whose boxes overlap by more than half a point. */
function overlaps(items: Item[]): string[] {
  const found: string[] = [];
  const lines = new Map<number, Item[]>();
  for (const it of items) {
    const key = Math.round(it.y);
    lines.set(key, [...(lines.get(key) ?? []), it]);
  }
  for (const line of lines.values()) {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.x + a.width > b.x + 0.5) found.push(`"${a.str}" overlaps "${b.str}" at y=${a.y.toFixed(1)}`);
    }
  }
  return found;
}

for (const paper of ['A4', 'F4'] as const) {
  describe(`layout with huge values and long words (${paper})`, () => {
    let doc: Page[];
    let file: string;
    let stderr: string;
    beforeAll(async () => {
      const dir = tempDir();
      const xlsx = await writeXlsx(join(dir, 'besar.xlsx'), sheets());
      const r = await cli(['generate', '--tw', '3', '--paper', paper, '--out', join(dir, 'out'), xlsx]);
      expect(r.code, r.stderr).toBe(0);
      file = r.stdout.trim();
      stderr = r.stderr;
      doc = await pages(file);
    });

    it('prints every 12-digit amount whole, in the budget table and the cost-per-outcome table', () => {
      const strs = doc.flatMap((p) => p.items.map((i) => i.str.trim()));
      // Budget table (2.1): `999.999.999.999,00`; cost per outcome (2.2): `999.999.999.999`.
      expect(strs).toContain(`${grouped(PAGU)},00`);
      expect(strs).toContain(grouped(PAGU));
      expect(strs).toContain(grouped(3 * 249_999_999_999));
      expect(strs.some((s) => s.startsWith(grouped(COUNT)))).toBe(true);
    });

    it('has no two text items overlapping on a line, on any page', () => {
      expect(doc.flatMap((p) => overlaps(p.items))).toEqual([]);
    });

    it('keeps every text item within the printable area', () => {
      const outside: string[] = [];
      doc.forEach((p, n) => {
        for (const it of p.items) {
          // The page number is the one text in the bottom margin, centred under the text column.
          const column = (MARGIN.left + p.width - MARGIN.right) / 2;
          if (it.y < MARGIN.bottom && it.str.trim() === String(n + 1) && Math.abs(it.x + it.width / 2 - column) < 2 * MM) continue;
          const inside =
            it.x >= MARGIN.left - 1 &&
            it.x + it.width <= p.width - MARGIN.right + 1 &&
            it.y >= MARGIN.bottom - 1 &&
            it.y + it.height <= p.height - MARGIN.top + 1;
          if (!inside) outside.push(`page ${n + 1}: "${it.str}" at x=${it.x.toFixed(1)}..${(it.x + it.width).toFixed(1)}, y=${it.y.toFixed(1)}`);
        }
      });
      expect(outside).toEqual([]);
    });

    it('breaks the 60-letter word and the URL inside narrow table cells and chart labels', () => {
      // Whole only where a full line has room (the narrative); cut into pieces elsewhere.
      const strs = doc.flatMap((p) => p.items.map((i) => i.str));
      const pieces = (word: string) => strs.filter((s) => s.includes(word.slice(0, 16)) && !s.includes(word));
      expect(pieces(LONG_WORD).length).toBeGreaterThanOrEqual(3);
      expect(pieces(URL).length).toBeGreaterThanOrEqual(3);
    });

    it('draws emoji with the bundled Noto Emoji and prints U+FFFD, with a warning, for what no bundled font has', async () => {
      const text = doc.flatMap((p) => p.items.map((i) => i.str)).join('');
      for (const e of EMOJI) expect(text).toContain(e);
      expect(text).not.toContain(UNSUPPORTED);
      expect(text).toContain('\uFFFD');
      const fonts = await pdfFonts(file);
      for (const f of fonts) {
        expect(f.embedded, f.name).toBe(true);
        expect(f.name).toMatch(/\+(Tinos|NotoEmoji)-/);
      }
      expect(fonts.some((f) => f.name.includes('NotoEmoji'))).toBe(true);
      expect(stderr).toMatch(/Indikator!B2: Karakter "漢" \(U\+6F22\) .*tidak ada di huruf \(font\) bawaan lkj/);
    });

    it('leaves no half-empty page before 2.2 and before the cost-per-outcome table', () => {
      // The sasaran cell spanning 16 indicator rows used to be kept whole, moving its table
      // (and the heading) to the next page and leaving the page before it mostly empty.
      for (const heading of ['Capaian Kinerja', 'Tabel Cost per outcome']) {
        const n = doc.findIndex((p) => p.items.some((i) => i.str.trim() === heading));
        expect(n, heading).toBeGreaterThan(0);
        const before = doc[n - 1]!;
        // Only a heading at the top of its page can have left the page before half empty.
        const top = Math.max(...doc[n]!.items.map((i) => i.y));
        const headingY = doc[n]!.items.find((i) => i.str.trim() === heading)!.y;
        if (headingY < top - 1) continue;
        const lowest = Math.min(...before.items.filter((i) => i.y >= MARGIN.bottom).map((i) => i.y));
        const printable = before.height - MARGIN.top - MARGIN.bottom;
        expect(before.height - MARGIN.top - lowest, `${heading}: filled height of the page before`).toBeGreaterThan(printable / 2);
      }
    });
  });
}

describe('unsupported-character problem', () => {
  it('is a warning naming the cell, in validate --format json', async () => {
    const dir = tempDir();
    const xlsx = await writeXlsx(join(dir, 'besar.xlsx'), sheets());
    const r = await cli(['validate', '--format', 'json', '--tw', '3', xlsx]);
    const problems = JSON.stringify(JSON.parse(r.stdout));
    expect(problems).toContain('"code":"unsupported-character"');
    expect(problems).toMatch(/"sheet":"Indikator","cell":"B2"|"cell":"B2".*"sheet":"Indikator"/);
  });
});
