import type { Decimal } from 'decimal.js';
import { DEFAULT_LIMITS, type Limits } from '../workbook/limits.js';
import type { RawCell, RawSheet, RawWorkbook } from '../workbook/raw-workbook.js';
import type {
  Agregasi,
  AnalisisRow,
  AnggaranRow,
  BagianPendahuluan,
  IndikatorRow,
  PendahuluanRow,
  PenempatanRow,
  Polaritas,
  ProgramRow,
  Quarterly,
  RenstraRow,
  RincianRow,
  SkalaRow,
  TindakLanjutRow,
  Tw,
  Workbook,
} from '../model/workbook-types.js';
import { CellReader, type CellAt } from './cell-reader.js';
import { crossCheck, type KeyCell, type Reference } from './cross-check.js';
import { fixTerbilang } from '../format/terbilang.js';
import { BIDI_CONTROLS, normalizeKey, withoutBidiControls } from './normalize-key.js';
import { parseIdentitas } from './parse-identitas.js';
import { checkExamplesUnchanged, checkFigures, checkPercentThousands, checkSkala, isPercentIndicator, type RowCells } from './plausibility.js';
import type { Problem } from '../model/problem.js';
import { ProblemSink, quote } from './problem-sink.js';
import { readTable, type TableRow } from './read-table.js';
import { SHEETS, type SheetSpec } from '../model/sheet-specs.js';
import { suggest } from '../format/suggest.js';
import { checkTargetTw, programOf, readStandarNasional, twOrTahunan } from './extension2.js';
import { checkRenstraTargets, parseRenstra } from './parse-renstra.js';

export interface ParseOptions {
  /** With a quarter, blank realisations up to it are reported (`blank-realisasi`). */
  tw?: Tw;
  limits?: Limits;
}

export interface ParseResult {
  /** null when there is at least one error. */
  workbook: Workbook | null;
  problems: Problem[];
}

/** Sheets lkj writes itself (`lkj init`) and knowingly ignores. */
const IGNORED_SHEETS = new Set(['petunjuk']);

const POLARITAS: Record<string, Polaritas> = { positif: 'positif', negatif: 'negatif', '+': 'positif', '-': 'negatif' };
const AGREGASI: Record<string, Agregasi> = {
  kumulatif: 'kumulatif',
  jumlah: 'kumulatif',
  terakhir: 'terakhir',
  ratarata: 'rata-rata',
};
const BAGIAN: Record<string, BagianPendahuluan> = {
  dasar: 'dasar',
  fungsi: 'fungsi',
  substansi: 'substansi',
  penutup: 'penutup',
  // Extension 2: parts of the annual report.
  katapengantar: 'kataPengantar',
  ikhtisar: 'ikhtisar',
  latarbelakang: 'latarBelakang',
  strukturorganisasi: 'strukturOrganisasi',
  isustrategis: 'isuStrategis',
  penutuptahunan: 'penutupTahunan',
};


/**
 * Gives the raw cells their contract meaning and checks every rule of the contract:
 * the validation step of the pipeline. Pure: no I/O.
 */
export function parseWorkbook(raw: RawWorkbook, file: string, options: ParseOptions = {}): ParseResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const sink = new ProblemSink();
  const cells = new CellReader(sink);
  const sheets = new Map([...matchSheets(raw, sink)].map(([id, sheet]) => [id, cleanCells(sheet, SHEETS[id].name, limits.maxCellChars, sink)]));
  // `lkj init` writes the Petunjuk sheet: only then can rows be its examples left unchanged
  // (the same figures without it are the reference office's own data).
  const fromTemplate = raw.sheets.some((s) => IGNORED_SHEETS.has(normalizeKey(s.name)));

  // Sheets whose Kode column was read: only then can references to them be checked.
  const readable = { anggaran: false, indikator: false };
  const sheetRows = (spec: SheetSpec): TableRow[] | null => {
    const sheet = sheets.get(spec.id);
    if (!sheet) {
      if (spec.required) sink.error('missing-sheet', `Sheet wajib "${spec.name}" tidak ada di buku kerja.`, { sheet: spec.name });
      return null;
    }
    if (sheet.rows.length - 1 > limits.maxRows) {
      sink.error('too-many-rows', `Sheet berisi ${sheet.rows.length - 1} baris data; batasnya ${limits.maxRows}.`, { sheet: spec.name });
      return null;
    }
    const table = readTable(sheet, spec, sink);
    const rows = table.rows;
    if (spec.id === 'indikator' && rows.length > limits.maxIndikator) {
      sink.error('too-many-rows', `Sheet berisi ${rows.length} indikator; batasnya ${limits.maxIndikator} indikator per laporan.`, { sheet: spec.name });
      return null;
    }
    if ((spec.id === 'anggaran' || spec.id === 'indikator') && table.present.has('kode')) readable[spec.id] = true;
    return rows;
  };
  const at = (spec: SheetSpec, row: TableRow, key: string): CellAt => ({
    sheet: spec.name,
    label: spec.columns.find((c) => c.key === key)?.header ?? key,
    cell: row.cells[key],
    address: row.addressOf(key),
  });
  const quarterly = (spec: SheetSpec, row: TableRow, prefix = 'realisasiTw'): Quarterly =>
    [1, 2, 3, 4].map((n) => {
      const cell = at(spec, row, `${prefix}${n}`);
      // A formula whose cached result is empty (Excel's "") is a blank realisation, not an error.
      return cell.cell?.formula && cell.cell.value.kind === 'empty' ? null : cells.decimal(cell, false);
    }) as Quarterly;

  // Where each row's figures sit, and what to compare with the template's examples.
  const anggaranFigures = new Map<string, RowCells>();
  const indikatorFigures = new Map<string, RowCells>();
  const exampleAnggaran: Parameters<typeof checkExamplesUnchanged>[0]['anggaran'] = [];
  const exampleIndikator: Parameters<typeof checkExamplesUnchanged>[0]['indikator'] = [];
  const anggaranKode: KeyCell[] = [];
  const refs: Reference[] = [];
  const anggaranCells = new Map<string, (string | undefined)[]>();
  const realisasiCells = new Map<string, (string | undefined)[]>();
  const realisasiAddresses = (row: TableRow) => [1, 2, 3, 4].map((n) => row.addressOf(`realisasiTw${n}`));
  const narrative = (a: CellAt, text: string | null): string | null => {
    if (text) checkTerbilang(a, text, sink);
    return text;
  };

  const identitasSheet = sheets.get('identitas');
  const identitas = identitasSheet ? parseIdentitas(identitasSheet, sink, cells, { fromTemplate }) : null;
  if (!identitasSheet) sink.error('missing-sheet', 'Sheet wajib "Identitas" tidak ada di buku kerja.', { sheet: 'Identitas' });

  const pendahuluan: PendahuluanRow[] = [];
  for (const row of sheetRows(SHEETS.pendahuluan) ?? []) {
    const bagian = cells.choice(at(SHEETS.pendahuluan, row, 'bagian'), BAGIAN, null);
    const isi = narrative(at(SHEETS.pendahuluan, row, 'isi'), cells.text(at(SHEETS.pendahuluan, row, 'isi'), true));
    if (bagian && isi) pendahuluan.push({ bagian, isi });
  }

  const program: ProgramRow[] = [];
  for (const row of sheetRows(SHEETS.program) ?? []) {
    const s = SHEETS.program;
    const prev = program.at(-1);
    const p = cells.text(at(s, row, 'program'), prev === undefined);
    const k = cells.text(at(s, row, 'kegiatan'), prev === undefined);
    program.push({
      program: p ?? prev?.program ?? '',
      kegiatan: k ?? prev?.kegiatan ?? '',
      subKegiatan: cells.text(at(s, row, 'subKegiatan'), false) ?? '',
      pelaksana: cells.text(at(s, row, 'pelaksana'), false) ?? '',
      continuesProgram: p === null && prev !== undefined,
      continuesKegiatan: k === null && p === null && prev !== undefined,
    });
  }

  const anggaran: AnggaranRow[] = [];
  for (const row of sheetRows(SHEETS.anggaran) ?? []) {
    const s = SHEETS.anggaran;
    const kode = cells.text(at(s, row, 'kode'), true);
    const kegiatan = cells.text(at(s, row, 'kegiatan'), true);
    const sumberDana = cells.text(at(s, row, 'sumberDana'), false) ?? '';
    const programAnggaran = cells.text(at(s, row, 'program'), false);
    const pagu = nonNegative(at(s, row, 'pagu'), cells.decimal(at(s, row, 'pagu'), true), sink);
    const realisasi = quarterly(s, row).map((q, i) => nonNegative(at(s, row, `realisasiTw${i + 1}`), q, sink)) as Quarterly;
    if (kode) {
      anggaranKode.push({ kode, cell: row.cells.kode?.address });
      anggaranCells.set(kode, realisasiAddresses(row));
    }
    if (kode && kegiatan && pagu) {
      anggaran.push({ kode, kegiatan, sumberDana, pagu, realisasi, program: programAnggaran, row: row.row });
      anggaranFigures.set(kode, { realisasi: realisasiAddresses(row), base: row.cells.pagu?.address });
      exampleAnggaran.push({ kode, kegiatan, pagu, cell: row.cells.kegiatan?.address });
    }
  }

  const indikator: IndikatorRow[] = [];
  const indikatorKode: KeyCell[] = [];
  const indikatorTargetCell = new Map<string, string | undefined>();
  let sasaran: string | null = null;
  for (const row of sheetRows(SHEETS.indikator) ?? []) {
    const s = SHEETS.indikator;
    const kode = cells.text(at(s, row, 'kode'), true);
    sasaran = cells.text(at(s, row, 'sasaran'), sasaran === null) ?? sasaran;
    const nama = cells.text(at(s, row, 'indikatorKinerja'), true);
    const satuan = cells.text(at(s, row, 'satuan'), false) ?? '';
    const target = cells.decimal(at(s, row, 'target'), true);
    const polaritas = cells.choice(at(s, row, 'polaritas'), POLARITAS, 'positif');
    const agregasi = cells.choice(at(s, row, 'agregasi'), AGREGASI, 'kumulatif');
    const kegiatan = cells.text(at(s, row, 'kegiatan'), true);
    // A negative realisation of an indicator is never a count of anything done.
    const realisasi = quarterly(s, row).map((q, i) => nonNegative(at(s, row, `realisasiTw${i + 1}`), q, sink)) as Quarterly;
    const targetTw = quarterly(s, row, 'targetTw').map((q, i) => nonNegative(at(s, row, `targetTw${i + 1}`), q, sink)) as Quarterly;
    const standarNasional = readStandarNasional(at(s, row, 'standarNasional'), cells);
    const programIndikator = cells.text(at(s, row, 'program'), false);
    if (nama && isPercentIndicator(satuan, nama)) {
      checkPercentThousands(at(s, row, 'target'), target, kode, sink);
      realisasi.forEach((q, i) => checkPercentThousands(at(s, row, `realisasiTw${i + 1}`), q, kode, sink));
    }
    if (kode) {
      indikatorKode.push({ kode, cell: row.cells.kode?.address });
      realisasiCells.set(kode, realisasiAddresses(row));
    }
    if (kegiatan) refs.push({ kode: kegiatan, to: 'anggaran', sheet: s.name, cell: row.cells.kegiatan?.address });
    if (target) {
      const targetAt = at(s, row, 'target');
      const where = { sheet: s.name, cell: targetAt.cell?.address ?? targetAt.address, value: target.toString() };
      if (target.isNegative()) sink.error('negative-value', `Target tidak boleh negatif, ditemukan ${target.toString()}.`, where);
      else if (target.isZero() && polaritas === 'positif') {
        sink.error('zero-target', 'Target 0 tidak dapat dihitung capaiannya untuk indikator berpolaritas Positif; isi target lebih dari 0.', where);
      }
    }
    if (kode && sasaran && nama && target && polaritas && agregasi && kegiatan) {
      const where = { sheet: s.name, targetCell: row.cells.target?.address, twCells: [1, 2, 3, 4].map((n) => row.addressOf(`targetTw${n}`)) };
      checkTargetTw({ kode, target, agregasi, targetTw }, where, sink);
      const program = programOf(programIndikator, anggaran.find((a) => a.kode === kegiatan)?.program ?? null, {
        kode,
        kegiatan,
        cell: row.cells.program?.address,
      }, sink);
      indikator.push({
        kode, sasaran, indikator: nama, satuan, target, polaritas, agregasi, kegiatan, realisasi,
        targetTw, standarNasional, program, row: row.row,
      });
      indikatorTargetCell.set(kode, row.cells.target?.address ?? row.addressOf('target'));
      indikatorFigures.set(kode, { realisasi: realisasiAddresses(row), base: row.cells.target?.address });
      exampleIndikator.push({ kode, nama, target, cell: row.cells.indikatorKinerja?.address });
    }
  }

  const penempatan: PenempatanRow[] = [];
  for (const row of sheetRows(SHEETS.penempatan) ?? []) {
    const s = SHEETS.penempatan;
    const ind = cells.text(at(s, row, 'indikator'), true);
    if (ind) refs.push({ kode: ind, to: 'indikator', sheet: s.name, cell: row.cells.indikator?.address });
    const tw = cells.tw(at(s, row, 'tw'), true);
    const perusahaan = cells.text(at(s, row, 'perusahaan'), true);
    const jumlah = nonNegative(at(s, row, 'jumlah'), cells.decimal(at(s, row, 'jumlah'), true), sink);
    const keterangan = cells.text(at(s, row, 'keterangan'), false);
    if (ind && tw && perusahaan && jumlah) penempatan.push({ indikator: ind, tw, perusahaan, jumlah, keterangan, row: row.row });
  }

  const rincian: RincianRow[] = [];
  for (const row of sheetRows(SHEETS.rincian) ?? []) {
    const s = SHEETS.rincian;
    const ind = cells.text(at(s, row, 'indikator'), true);
    if (ind) refs.push({ kode: ind, to: 'indikator', sheet: s.name, cell: row.cells.indikator?.address });
    const tw = cells.tw(at(s, row, 'tw'), true);
    const uraian = cells.text(at(s, row, 'uraian'), true);
    const jumlah = nonNegative(at(s, row, 'jumlah'), cells.decimal(at(s, row, 'jumlah'), true), sink);
    if (ind && tw && uraian && jumlah) rincian.push({ indikator: ind, tw, uraian, jumlah, row: row.row });
  }

  const analisis: AnalisisRow[] = [];
  for (const row of sheetRows(SHEETS.analisis) ?? []) {
    const s = SHEETS.analisis;
    const ind = cells.text(at(s, row, 'indikator'), true);
    if (ind) refs.push({ kode: ind, to: 'indikator', sheet: s.name, cell: row.cells.indikator?.address });
    const tw = twOrTahunan(at(s, row, 'tw'), cells);
    const isi = narrative(at(s, row, 'isi'), cells.text(at(s, row, 'isi'), true));
    if (ind && isi) analisis.push({ indikator: ind, tw, isi });
  }

  const tindakLanjut: TindakLanjutRow[] = [];
  for (const row of sheetRows(SHEETS.tindakLanjut) ?? []) {
    const s = SHEETS.tindakLanjut;
    const kegiatan = cells.text(at(s, row, 'kegiatan'), true);
    if (kegiatan) refs.push({ kode: kegiatan, to: 'anggaran', sheet: s.name, cell: row.cells.kegiatan?.address });
    const tw = twOrTahunan(at(s, row, 'tw'), cells);
    const rencana = narrative(at(s, row, 'rencana'), cells.text(at(s, row, 'rencana'), true));
    if (kegiatan && rencana) tindakLanjut.push({ kegiatan, tw, rencana });
  }

  const skala: SkalaRow[] = [];
  const skalaCells: { batasBawah: Decimal; cell: string | undefined }[] = [];
  for (const row of sheetRows(SHEETS.skala) ?? []) {
    const s = SHEETS.skala;
    const batasBawah = cells.decimal(at(s, row, 'batasBawah'), true);
    const kategori = cells.text(at(s, row, 'kategori'), true);
    if (batasBawah) skalaCells.push({ batasBawah, cell: row.cells.batasBawah?.address });
    if (batasBawah && kategori) skala.push({ batasBawah, kategori });
  }
  checkSkala(skalaCells, sink);
  if (skala.length > 0 && !skala.some((r) => r.batasBawah.lessThanOrEqualTo(0))) {
    sink.warning('incomplete-skala', 'Skala tidak punya baris dengan Batas Bawah 0; capaian di bawah batas terendah dicetak tanpa kategori ("-").', {
      sheet: SHEETS.skala.name,
    });
  }

  let renstra: RenstraRow[] = [];
  const renstraSheet = sheets.get('renstra');
  if (renstraSheet) {
    if (renstraSheet.rows.length - 1 > limits.maxRows) {
      sink.error('too-many-rows', `Sheet berisi ${renstraSheet.rows.length - 1} baris data; batasnya ${limits.maxRows}.`, { sheet: SHEETS.renstra.name });
    } else {
      renstra = parseRenstra(renstraSheet, identitas?.tahun ?? null, cells, sink, refs).rows;
      if (identitas) checkRenstraTargets(renstra, indikator, indikatorTargetCell, identitas.tahun, renstraSheet, sink);
    }
  }

  const wb: Workbook | null = identitas
    ? { file, identitas, pendahuluan, program, anggaran, indikator, penempatan, rincian, analisis, tindakLanjut, skala, renstra }
    : null;
  crossCheck({ readable, anggaranKode, indikatorKode, refs, anggaran, anggaranCells, indikator, realisasiCells, penempatan, rincian }, sink, options.tw);
  if (wb) checkFigures(wb, options.tw, { anggaran: anggaranFigures, indikator: indikatorFigures }, sink);
  if (fromTemplate) checkExamplesUnchanged({ identitas: [], anggaran: exampleAnggaran, indikator: exampleIndikator }, sink);
  return { workbook: sink.hasErrors ? null : wb, problems: sink.problems };
}

/** Finds each contract sheet by its loose name; warns about the others. */
function matchSheets(raw: RawWorkbook, sink: ProblemSink): Map<SheetSpec['id'], RawSheet> {
  const found = new Map<SheetSpec['id'], RawSheet>();
  const specs = Object.values(SHEETS);
  const candidates = specs.map((s) => ({ key: normalizeKey(s.name), label: s.name }));
  for (const sheet of raw.sheets) {
    const norm = normalizeKey(sheet.name);
    const spec = specs.find((s) => normalizeKey(s.name) === norm);
    if (spec && !found.has(spec.id)) {
      found.set(spec.id, sheet);
      continue;
    }
    if (IGNORED_SHEETS.has(norm)) continue;
    const hint = suggest(norm, candidates);
    sink.warning(
      'unknown-sheet',
      spec
        ? `Sheet "${quote(sheet.name)}" sama dengan sheet "${found.get(spec.id)?.name}" dan diabaikan.`
        : `Sheet "${quote(sheet.name)}" tidak dikenal dan diabaikan` + (hint ? ` — maksud Anda "${hint}"?` : '.'),
      { sheet: sheet.name },
    );
  }
  return found;
}

/**
 * The text cleaning every sheet shares, before any cell is read:
 * - a cell longer than the limit (text, a number typed as text, a header, a key) is reported
 *   once and then treated as blank, so nothing downstream handles megabytes of text;
 * - bidi controls are removed, with a warning naming the cell: invisible, they could print a
 *   name or a figure backwards.
 */
function cleanCells(sheet: RawSheet, name: string, max: number, sink: ProblemSink): RawSheet {
  let changed = false;
  const rows = sheet.rows.map((r) => {
    const cells: RawCell[] = [];
    for (const c of r.cells) {
      if (c.value.kind !== 'string') {
        cells.push(c);
        continue;
      }
      if (c.value.value.length > max) {
        sink.error('cell-too-long', `Sel berisi ${c.value.value.length} karakter; batasnya ${max} karakter.`, {
          sheet: name,
          cell: c.address,
          value: c.value.value,
        });
        changed = true;
        continue;
      }
      const stripped = withoutBidiControls(c.value.value);
      if (stripped === null) {
        cells.push(c);
        continue;
      }
      const found = [...new Set(c.value.value.match(BIDI_CONTROLS))].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      sink.warning(
        'bidi-control',
        `Sel berisi karakter pengatur arah teks yang tidak terlihat (${found.join(', ')}) yang dapat membalik urutan huruf saat dicetak; karakter itu dihapus. Periksa teksnya: "${quote(stripped)}".`,
        { sheet: name, cell: c.address, value: stripped },
      );
      changed = true;
      // Only controls left: the cell is blank, as the user sees it.
      if (stripped.trim() !== '') cells.push({ ...c, value: { kind: 'string', value: stripped } });
    }
    return cells.length === r.cells.length && cells.every((c, i) => c === r.cells[i]) ? r : { ...r, cells };
  });
  return changed ? { ...sheet, rows: rows.filter((r) => r.cells.length > 0) } : sheet;
}

function nonNegative(at: CellAt, d: Decimal | null, sink: ProblemSink): Decimal | null {
  if (d && d.isNegative()) {
    sink.error('negative-value', `${at.label} tidak boleh negatif, ditemukan ${d.toString()}.`, {
      sheet: at.sheet,
      cell: at.cell?.address ?? at.address,
      value: d.toString(),
    });
    return null;
  }
  return d;
}

/** A typed `8 (lima)` would be printed corrected; tell the user where it was. */
function checkTerbilang(at: CellAt, text: string, sink: ProblemSink): void {
  for (const c of fixTerbilang(text).corrections) {
    sink.warning('terbilang', `Terbilang "${c.found}" tidak sesuai angkanya; dicetak "${c.expected}".`, {
      sheet: at.sheet,
      cell: at.cell?.address ?? at.address,
      value: c.found,
    });
  }
}
