import { z } from 'zod';
import type { RawSheet } from '../workbook/raw-workbook.js';
import type { CalendarDate, Identitas, Tw } from '../model/workbook-types.js';
import { CellReader, type CellAt } from './cell-reader.js';
import { formatNip, nipProblem } from './nip.js';
import { checkExamplesUnchanged, checkReportDates } from './plausibility.js';
import { cleanText, normalizeKey } from './normalize-key.js';
import type { ProblemCode } from '../model/problem.js';
import { quote, type ProblemSink } from './problem-sink.js';
import { readTable } from './read-table.js';
import { IDENTITAS_KEYS, SHEETS } from '../model/sheet-specs.js';
import { suggest } from '../format/suggest.js';

const SHEET = SHEETS.identitas.name;

const nip = z.string().superRefine((s, ctx) => {
  const why = nipProblem(s);
  if (why) ctx.addIssue({ code: 'custom', message: why });
});
const optionalText = z.string().nullable();

/** Semantic rules of Identitas, on values already typed by the cell reader. */
const identitasSchema = z.object({
  tahun: z
    .number({ message: 'Tahun harus berupa angka tahun' })
    .int('Tahun harus bilangan bulat')
    .min(2000, 'Tahun harus antara 2000 dan 2100')
    .max(2100, 'Tahun harus antara 2000 dan 2100'),
  pemerintah: z.string(),
  perangkatDaerah: z.string(),
  unitKerja: z.string(),
  jabatan: z.string(),
  jenjangJabatan: optionalText,
  alamat: optionalText,
  kota: z.string(),
  namaPejabat: z.string(),
  nipPejabat: nip,
  jabatanAtasan: optionalText,
  namaAtasan: optionalText,
  nipAtasan: nip.nullable(),
  logo: optionalText,
  sebutanPeriode: z.enum(['Triwulan', 'Tribulan']),
});

const CODE_OF_FIELD: Record<string, ProblemCode> = {
  tahun: 'invalid-year',
  nipPejabat: 'invalid-nip',
  nipAtasan: 'invalid-nip',
  sebutanPeriode: 'invalid-value',
};

/** Reads the Kunci/Nilai pairs; returns null when a required key is missing or wrong. */
export function parseIdentitas(sheet: RawSheet, sink: ProblemSink, cells: CellReader, options: { fromTemplate?: boolean } = {}): Identitas | null {
  const table = readTable(sheet, SHEETS.identitas, sink);
  const found = new Map<string, CellAt>();
  const candidates = IDENTITAS_KEYS.map((k) => ({ key: normalizeKey(k.label), label: k.label }));
  for (const row of table.rows) {
    const kunciCell = row.cells.kunci;
    const kunci = kunciCell ? cleanText(String(kunciCell.value.kind === 'empty' ? '' : (kunciCell.value as { value: unknown }).value)) : '';
    if (!kunci) continue;
    const spec = IDENTITAS_KEYS.find((k) => normalizeKey(k.label) === normalizeKey(kunci));
    if (!spec) {
      const hint = suggest(normalizeKey(kunci), candidates);
      sink.warning('unknown-key', `Kunci "${quote(kunci)}" tidak dikenal dan diabaikan` + (hint ? ` — maksud Anda "${hint}"?` : '.'), {
        sheet: SHEET,
        cell: kunciCell?.address,
        value: kunci,
      });
      continue;
    }
    if (found.has(spec.key)) {
      sink.error('duplicate-key', `Kunci "${spec.label}" muncul lebih dari sekali.`, { sheet: SHEET, cell: kunciCell?.address, value: kunci });
      continue;
    }
    found.set(spec.key, { sheet: SHEET, label: spec.label, cell: row.cells.nilai, address: row.addressOf('nilai') });
  }

  const rejected = new Set<string>();
  const requiredKeys = new Set(IDENTITAS_KEYS.filter((k) => k.required).map((k) => k.key));
  const text = (key: string): string | null => {
    const at = found.get(key);
    // No value cell at all: missing-key (below). A required value that reads as nothing —
    // blanks, a formula without a result — is an error at its cell, never a silent null.
    if (!at?.cell || rejected.has(key)) return null;
    return cells.text(at, requiredKeys.has(key));
  };
  for (const key of ['nipPejabat', 'nipAtasan']) {
    const at = found.get(key);
    if (at?.cell?.value.kind === 'number') {
      // 18 digits do not fit a spreadsheet number: Excel has already changed the last ones.
      sink.error('invalid-nip', `${at.label} ditulis sebagai angka, sehingga Excel membulatkan digit terakhirnya; ketik NIP sebagai teks (awali dengan tanda ').`, {
        sheet: SHEET,
        cell: at.cell.address,
        value: String(at.cell.value.value),
      });
      rejected.add(key);
    }
  }
  for (const k of IDENTITAS_KEYS) {
    const at = found.get(k.key);
    if (k.required && (!at || !at.cell) && !rejected.has(k.key) && !sink.hasErrorAt(SHEET, at?.address)) {
      sink.error('missing-key', at ? `Nilai "${k.label}" wajib diisi.` : `Kunci wajib "${k.label}" tidak ada.`, {
        sheet: SHEET,
        cell: at?.address,
      });
    }
  }
  const tahunAt = found.get('tahun');
  const tahunDec = tahunAt?.cell ? cells.decimal(tahunAt, true) : null;
  const sebutanRaw = text('sebutanPeriode');
  const input = {
    tahun: tahunDec?.toNumber() ?? null,
    pemerintah: text('pemerintah'),
    perangkatDaerah: text('perangkatDaerah'),
    unitKerja: text('unitKerja'),
    jabatan: text('jabatan'),
    jenjangJabatan: text('jenjangJabatan'),
    alamat: text('alamat'),
    kota: text('kota'),
    namaPejabat: text('namaPejabat'),
    nipPejabat: text('nipPejabat'),
    jabatanAtasan: text('jabatanAtasan'),
    namaAtasan: text('namaAtasan'),
    nipAtasan: text('nipAtasan'),
    logo: text('logo'),
    sebutanPeriode: sebutanRaw === null ? 'Triwulan' : sebutanRaw.charAt(0).toUpperCase() + sebutanRaw.slice(1).toLowerCase(),
  };
  const optionalDate = (key: string): CalendarDate | null => {
    const at = found.get(key);
    return at ? cells.date(at) : null;
  };
  const tanggalLaporan: Partial<Record<Tw, CalendarDate>> = {};
  const dates: { tw: Tw; date: CalendarDate; cell: string | undefined }[] = [];
  for (const tw of [1, 2, 3, 4] as const) {
    const at = found.get(`tanggalLaporanTw${tw}`);
    const d = at ? cells.date(at) : null;
    if (d) {
      tanggalLaporan[tw] = d;
      dates.push({ tw, date: d, cell: at?.cell?.address ?? at?.address });
    }
  }
  if (options.fromTemplate) {
    const examples = (['namaPejabat', 'nipPejabat', 'unitKerja'] as const).map((key) => ({
      key,
      text: input[key],
      cell: found.get(key)?.cell?.address,
    }));
    checkExamplesUnchanged({ identitas: examples, anggaran: [], indikator: [] }, sink);
  }
  const missing = IDENTITAS_KEYS.some((k) => k.required && input[k.key as keyof typeof input] === null);
  const parsed = identitasSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      const spec = IDENTITAS_KEYS.find((k) => k.key === field);
      const at = found.get(field);
      // Missing required values were reported above; here only wrong ones.
      if ((input as Record<string, unknown>)[field] === null) continue;
      const value = at?.cell ? String((at.cell.value as { value?: unknown }).value ?? '') : '';
      const shown = quote(value);
      const expected = field === 'sebutanPeriode' ? 'harus "Triwulan" atau "Tribulan"' : issue.message;
      sink.error(CODE_OF_FIELD[field] ?? 'type-error', `${spec?.label ?? field} "${shown}" tidak sah: ${expected}.`, {
        sheet: SHEET,
        cell: at?.cell?.address ?? at?.address,
        value,
      });
    }
    return null;
  }
  if (missing) return null;
  const d = parsed.data;
  checkReportDates(d.tahun, dates, sink);
  return {
    ...d,
    nipPejabat: formatNip(d.nipPejabat),
    nipAtasan: d.nipAtasan === null ? null : formatNip(d.nipAtasan),
    tanggalLaporan,
    judulLaporanTahunan: text('judulLaporanTahunan'),
    tanggalLaporanTahunan: optionalDate('tanggalLaporanTahunan'),
    tanggalPk: optionalDate('tanggalPk'),
    baganOrganisasi: text('baganOrganisasi'),
  };
}
