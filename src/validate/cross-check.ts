
import { breakdownSum, indexBreakdown } from '../calc/effective-quarters.js';
import { formatCount } from '../format/format-number.js';
import type { AnggaranRow, IndikatorRow, PenempatanRow, RincianRow, Tw } from '../model/workbook-types.js';
import type { ProblemSink } from './problem-sink.js';
import { SHEETS } from '../model/sheet-specs.js';

export interface KeyCell {
  kode: string;
  cell: string | undefined;
}

/** A cell that names a Kode of another sheet. */
export interface Reference extends KeyCell {
  to: 'anggaran' | 'indikator';
  sheet: string;
}

export interface CrossCheckInput {
  /** Whether the sheet a reference points to could be read (exists, has its Kode column, within limits). */
  readable: { anggaran: boolean; indikator: boolean };
  anggaranKode: KeyCell[];
  indikatorKode: KeyCell[];
  refs: Reference[];
  anggaran: AnggaranRow[];
  /** Anggaran Realisasi TW1..TW4 addresses by Kode. */
  anggaranCells: Map<string, (string | undefined)[]>;
  indikator: IndikatorRow[];
  /** Indikator Realisasi TW1..TW4 addresses by Kode. */
  realisasiCells: Map<string, (string | undefined)[]>;
  penempatan: PenempatanRow[];
  rincian: RincianRow[];
}

/** The rules that span rows and sheets: unique codes, references, sums, blanks up to TW N. */
export function crossCheck(input: CrossCheckInput, sink: ProblemSink, tw: Tw | undefined): void {
  unique(input.anggaranKode, SHEETS.anggaran.name, sink);
  const duplicated = unique(input.indikatorKode, SHEETS.indikator.name, sink);

  const known = {
    anggaran: new Set(input.anggaranKode.map((k) => k.kode)),
    indikator: new Set(input.indikatorKode.map((k) => k.kode)),
  };
  for (const ref of input.refs) {
    // A missing or refused sheet was reported once; its references are not errors of their own.
    if (!input.readable[ref.to] || known[ref.to].has(ref.kode)) continue;
    const target = ref.to === 'anggaran' ? SHEETS.anggaran.name : SHEETS.indikator.name;
    const codes = [...known[ref.to]];
    const list = codes.length === 0 ? 'belum ada' : codes.length > 10 ? `${codes.slice(0, 10).join(', ')}, …` : codes.join(', ');
    sink.error('unknown-reference', `Kode "${ref.kode}" tidak ada di kolom Kode sheet ${target} (yang ada: ${list}).`, {
      sheet: ref.sheet,
      cell: ref.cell,
      value: ref.kode,
    });
  }

  const sums = indexBreakdown(input.penempatan, input.rincian);
  for (const ind of input.indikator) {
    // Which row a breakdown belongs to is unknowable while the Kode is duplicated.
    if (duplicated.has(ind.kode)) continue;
    const addresses = input.realisasiCells.get(ind.kode) ?? [];
    // Nothing known up to TW N: one warning for the indicator instead of one per blank cell.
    const notMeasurable =
      tw !== undefined && ind.realisasi.slice(0, tw).every((cell, i) => cell === null && breakdownSum(sums, ind.kode, (i + 1) as Tw) === null);
    if (notMeasurable) {
      const kolom = tw === 1 ? 'Realisasi TW1' : `Realisasi TW1–TW${tw}`;
      sink.warning(
        'belum-diukur',
        `${kolom} ${ind.kode} kosong semua dan tidak ada baris ${SHEETS.penempatan.name}/${SHEETS.rincian.name} untuknya: indikator ini belum dapat diukur sampai TW${tw} (realisasi dan capaian dicetak "-"); isi 0 bila realisasinya memang nol.`,
        { sheet: SHEETS.indikator.name, cell: addresses[0] },
      );
    }
    ind.realisasi.forEach((cell, i) => {
      const q = (i + 1) as Tw;
      const sum = breakdownSum(sums, ind.kode, q);
      if (cell !== null && sum !== null && !cell.equals(sum)) {
        const rows = describeRows(ind.kode, q, input.penempatan, input.rincian);
        sink.error(
          'sum-mismatch',
          `Realisasi TW${q} ${ind.kode} = ${formatCount(cell)}, tetapi rinciannya (${rows}) berjumlah ${formatCount(sum)}; samakan keduanya atau kosongkan sel ini agar dihitung dari rincian.`,
          { sheet: SHEETS.indikator.name, cell: addresses[i], value: cell.toString() },
        );
      }
      if (tw !== undefined && !notMeasurable && q <= tw && cell === null && sum === null) {
        sink.warning('blank-realisasi', `Realisasi TW${q} ${ind.kode} masih kosong (laporan TW${tw} memerlukannya; isi 0 bila memang tidak ada).`, {
          sheet: SHEETS.indikator.name,
          cell: addresses[i],
        });
      }
    });
  }
  if (tw !== undefined) {
    for (const a of input.anggaran) {
      const addresses = input.anggaranCells.get(a.kode) ?? [];
      a.realisasi.slice(0, tw).forEach((cell, i) => {
        if (cell !== null) return;
        sink.warning('blank-realisasi', `Realisasi anggaran TW${i + 1} ${a.kode} masih kosong (dihitung 0; isi 0 bila memang tidak ada).`, {
          sheet: SHEETS.anggaran.name,
          cell: addresses[i],
        });
      });
    }
  }
}

/** Reports repeated codes; returns them. */
function unique(keys: KeyCell[], sheet: string, sink: ProblemSink): Set<string> {
  const first = new Map<string, string | undefined>();
  const repeated = new Set<string>();
  for (const k of keys) {
    if (first.has(k.kode)) {
      sink.error('duplicate-key', `Kode "${k.kode}" sudah dipakai di ${sheet}!${first.get(k.kode) ?? '?'}; setiap Kode harus unik.`, {
        sheet,
        cell: k.cell,
        value: k.kode,
      });
      repeated.add(k.kode);
    } else first.set(k.kode, k.cell);
  }
  return repeated;
}

function describeRows(kode: string, tw: Tw, penempatan: PenempatanRow[], rincian: RincianRow[]): string {
  const parts: string[] = [];
  const p = penempatan.filter((r) => r.indikator === kode && r.tw === tw).map((r) => r.row);
  const r = rincian.filter((x) => x.indikator === kode && x.tw === tw).map((x) => x.row);
  if (p.length) parts.push(`${SHEETS.penempatan.name} baris ${p.join(', ')}`);
  if (r.length) parts.push(`${SHEETS.rincian.name} baris ${r.join(', ')}`);
  return parts.join('; ');
}

