import { describe, expect, it } from 'vitest';
import { computeTahunan } from '../../../src/calc/compute-tahunan.js';
import { buildTahunanViewModel, PAGE_PLACEHOLDER, tahunanDate, withPages } from '../../../src/documents/lkj-tahunan/build-tahunan-view-model.js';
import { tahunanDocument } from '../../../src/documents/lkj-tahunan/tahunan-docx.js';
import type { Block, SectionView, TahunanViewModel } from '../../../src/documents/lkj-tahunan/tahunan-view-model.js';
import { defaultReportDate } from '../../../src/format/format-date.js';
import type { Workbook } from '../../../src/model/workbook-types.js';
import { d, indikator, q, workbook } from '../../helpers/workbook-fixture.js';

const TANGGAL = { year: 2024, month: 1, day: 2 };

function build(wb: Workbook): TahunanViewModel {
  return buildTahunanViewModel(wb, computeTahunan(wb), { tanggal: TANGGAL, paper: 'A4', logoDataUrl: null });
}

/** Every printed string of a section, blocks and tables included. */
function textOf(s: SectionView): string {
  const blockText = (b: Block) =>
    [b.text, ...b.items.map((i) => i.text), b.table?.title ?? '', ...(b.table?.rows.flatMap((r) => r.cells.map((c) => c.text)) ?? []), b.table?.note ?? '', b.chart?.title ?? ''].join(' ');
  return [s.heading.text, ...s.blocks.map(blockText)].join('\n');
}

function section(vm: TahunanViewModel, id: string): SectionView {
  const s = [...vm.frontSections, ...vm.sections].find((x) => x.heading.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

/** Two indicators over two kegiatan and programmes, a Renstra with 2021–2022 realisations. */
function fullYear(over: Partial<Workbook> = {}): Workbook {
  return workbook({
    anggaran: [
      { kode: 'K1', kegiatan: 'Kegiatan Satu', sumberDana: 'DAU', pagu: d(1000), realisasi: q(100, 200, 300, 200), program: 'Program A', row: 2 },
      { kode: 'K2', kegiatan: 'Kegiatan Dua', sumberDana: 'DAK', pagu: d(400), realisasi: q(100, 100, 100, 100), program: 'Program B', row: 3 },
    ],
    indikator: [
      indikator({ kode: 'IK1', sasaran: 'Sasaran Satu', indikator: 'Jumlah penempatan', target: d(100), realisasi: q(20, 30, 25, 25), kegiatan: 'K1', targetTw: q(25, 25, 25, 25) }),
      indikator({ kode: 'IK2', sasaran: 'Sasaran Satu', indikator: 'Persentase pengangguran', satuan: '%', target: d(10), polaritas: 'negatif', agregasi: 'terakhir', realisasi: q(12, 11, 12, 12), kegiatan: 'K2' }),
    ],
    renstra: [
      {
        kode: 'IK1',
        kondisiAwal: d(60),
        target: [2022, 2023, 2024].map((tahun, i) => ({ tahun, nilai: d(90 + 10 * i) })),
        realisasi: [{ tahun: 2022, nilai: d(80) }],
        targetAkhir: d(125),
        row: 2,
      },
      {
        kode: 'IK2',
        kondisiAwal: d(14),
        target: [2022, 2023, 2024].map((tahun, i) => ({ tahun, nilai: d(11 - i) })),
        realisasi: [{ tahun: 2022, nilai: d(11) }],
        targetAkhir: d(9),
        row: 3,
      },
    ],
    analisis: [
      { indikator: 'IK1', tw: 4, isi: 'Analisis triwulan empat.' },
      { indikator: 'IK1', tw: null, isi: 'Analisis setiap triwulan.' },
      { indikator: 'IK1', tw: 'tahunan', isi: 'Analisis khusus tahunan.' },
      { indikator: 'IK1', tw: 2, isi: 'Analisis triwulan dua.' },
    ],
    tindakLanjut: [
      { kegiatan: 'K1', tw: 'tahunan', rencana: 'Rencana tahun depan.' },
      { kegiatan: 'K1', tw: 3, rencana: 'Rencana triwulan tiga.' },
    ],
    ...over,
  });
}

describe('annual LKj view model', () => {
  it('has every part of the PermenPAN-RB 53/2014 structure, bookmarked in order', () => {
    const vm = build(fullYear({ pendahuluan: [{ bagian: 'isuStrategis', isi: 'Isu satu.' }, { bagian: 'strukturOrganisasi', isi: 'Struktur dari buku kerja.' }] }));
    const level1 = vm.outline.filter((o) => o.level === 1).map((o) => o.text);
    expect(level1).toEqual([
      'KATA PENGANTAR',
      'IKHTISAR EKSEKUTIF',
      'DAFTAR ISI',
      'DAFTAR TABEL',
      'DAFTAR GRAFIK',
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
      'LAMPIRAN',
    ]);
    const bab1 = vm.outline.filter((o) => o.id.startsWith('bab-1-')).map((o) => o.text);
    expect(bab1).toEqual(['A. Latar Belakang', 'B. Tugas Pokok dan Fungsi', 'C. Struktur Organisasi', 'D. Isu Strategis', 'E. Sistematika Penyajian']);
    expect(vm.outline.map((o) => o.text)).toEqual(expect.arrayContaining(['A. Capaian Kinerja Organisasi', 'B. Realisasi Anggaran', 'Lampiran 1. Perjanjian Kinerja Tahun 2023', 'Lampiran 2. Pengukuran Kinerja per Triwulan']));
    // Daftar Isi lists the headings, Daftar Tabel every numbered table, Daftar Grafik every chart.
    expect(vm.daftarTabel.lines.length).toBeGreaterThan(5);
    expect(vm.daftarGrafik.lines.map((l) => l.text)).toEqual(['Grafik 3.1 Tren Target dan Realisasi Jumlah penempatan', 'Grafik 3.2 Tren Target dan Realisasi Persentase pengangguran']);
    expect(vm.daftarIsi.lines.every((l) => l.page === PAGE_PLACEHOLDER)).toBe(true);
    // IK2 has no Analisis row: the only part left to fill.
    expect(vm.missing.map((m) => m.message)).toEqual(['Lembar Analisis tidak memuat baris untuk indikator IK2 dengan TW kosong, 4 atau Tahunan.']);
    expect(vm.cover.periode).toBe('TAHUN 2023');
    expect(vm.cover.judul).toBe('LAPORAN KINERJA');
  });

  it('leaves out Isu Strategis and Struktur Organisasi the workbook does not give, and names the Bagian to fill', () => {
    const vm = build(fullYear());
    const bab1 = vm.outline.filter((o) => o.id.startsWith('bab-1-')).map((o) => o.text);
    expect(bab1).toEqual(['A. Latar Belakang', 'B. Tugas Pokok dan Fungsi', 'C. Sistematika Penyajian']);
    expect(vm.missing.map((m) => m.bagian)).toEqual(['Struktur Organisasi', 'Isu Strategis', 'Analisis']);
    expect(vm.missing[1]!.message).toContain('Isu Strategis');
    // Sub Substansi rows are what the data gives for the structure: the section shows them.
    const withSubstansi = build(fullYear({ pendahuluan: [{ bagian: 'substansi', isi: 'Seksi A' }] }));
    expect(textOf(section(withSubstansi, 'bab-1-struktur'))).toContain('Seksi A');
  });

  it('compares with last year in words that follow polarity, poin for percent indicators', () => {
    const vm = build(fullYear());
    // IK1: positive, 2023 realisasi 20+30+25+25 = 100 against 80 in 2022: +20 (25 %).
    const ik1 = textOf(section(vm, 'bab-3-a-1'));
    expect(ik1).toContain('meningkat 20 orang (25,00 %) dari 80 orang pada Tahun 2022 menjadi 100 orang pada Tahun 2023, sehingga kinerjanya membaik');
    // IK2: negative, Terakhir: 12 % against 11 % in 2022: +1 poin, 100/11 = 9,09 %, a worsening.
    const ik2 = textOf(section(vm, 'bab-3-a-2'));
    expect(ik2).toContain('meningkat 1 poin (9,09 %)');
    expect(ik2).toContain('memburuk');
    // Multi-year table: years 2022 and 2023; capaian 2022 = 80/90 = 88,89.
    const multi = section(vm, 'bab-3-a-1').blocks.find((b) => b.table?.title?.includes('2022–2023'))!.table!;
    expect(multi.head.rows[0]!.map((h) => h.text)).toEqual(['Uraian', '2022', '2023']);
    expect(multi.rows[2]!.cells.map((c) => c.text)).toEqual(['Capaian (%)', '88,89', '100,00']);
    // Renstra end target 125: 100/125 = 80 %.
    expect(ik1).toContain('target akhir Renstra (Tahun 2024) sebesar 125 orang, realisasi Tahun 2023 sebesar 100 orang telah mencapai 80,00 %');
  });

  it('says plainly when an indicator has no past data and no Renstra', () => {
    const vm = build(fullYear({ renstra: [] }));
    const ik1 = textOf(section(vm, 'bab-3-a-1'));
    expect(ik1).toContain('belum memiliki data realisasi tahun-tahun sebelumnya');
    expect(ik1).toContain('tidak tercantum dalam Rencana Strategis');
    expect(vm.daftarGrafik.lines).toEqual([]);
    expect(vm.missing.map((m) => m.bagian)).toContain('Renstra');
  });

  it('prints the Analisis rows with TW blank, 4 or Tahunan, and next year’s Tindak Lanjut rows', () => {
    const vm = build(fullYear());
    const ik1 = textOf(section(vm, 'bab-3-a-1'));
    expect(ik1).toContain('Analisis triwulan empat.');
    expect(ik1).toContain('Analisis setiap triwulan.');
    expect(ik1).toContain('Analisis khusus tahunan.');
    expect(ik1).not.toContain('Analisis triwulan dua.');
    const tl = textOf(section(vm, 'bab-4-tindak-lanjut'));
    expect(tl).toContain('Rencana tahun depan.');
    expect(tl).not.toContain('Rencana triwulan tiga.');
    expect(tl).toContain('Tahun 2024');
  });

  it('groups Realisasi Anggaran by Program with subtotals, sisa and total', () => {
    const vm = build(fullYear());
    const t = section(vm, 'bab-3-b').blocks.find((b) => b.isTable)!.table!;
    const rows = t.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[0]).toEqual(['Program A']);
    // K1: pagu 1.000, realisasi 800 (80 %), sisa 200; K2: 400, 400, 0.
    expect(rows[1]).toEqual(['1.', 'Kegiatan Satu', '1.000', '800', '80,00', '200']);
    expect(rows[2]).toEqual(['', 'Jumlah Program A', '1.000', '800', '80,00', '200']);
    expect(rows[3]).toEqual(['Program B']);
    expect(rows.at(-1)).toEqual(['', 'JUMLAH', '1.400', '1.200', '85,71', '200']);
  });

  it('writes the Ikhtisar from the counts: kategori, best and weakest, budget', () => {
    const vm = build(fullYear());
    const text = textOf(section(vm, 'ikhtisar'));
    // IK1 100 %, IK2 (2·10 − 12)/10 = 80 %.
    expect(text).toContain('mengukur 2 indikator kinerja');
    expect(text).toContain('1 indikator mencapai atau melampaui target');
    expect(text).toContain('Capaian tertinggi diraih indikator Jumlah penempatan sebesar 100,00 %');
    expect(text).toContain('capaian terendah pada indikator Persentase pengangguran sebesar 80,00 %');
    expect(text).toContain('Dari pagu anggaran sebesar Rp 1.400,- terealisasi Rp 1.200,- atau 85,71 %');
  });

  it('fills the printed pages of a first print into every list', () => {
    const vm = build(fullYear());
    const pages = vm.outline.map((o, i) => ({ title: o.text, page: i + 2 }));
    const paged = withPages(vm, pages);
    const at = (id: string) => vm.outline.findIndex((o) => o.id === id) + 2;
    expect(paged.daftarIsi.lines.find((l) => l.id === 'bab-3')!.page).toBe(String(at('bab-3')));
    expect(paged.daftarTabel.lines.every((l) => l.page === String(at(l.id)))).toBe(true);
    expect(paged.daftarGrafik.lines.every((l) => l.page === String(at(l.id)))).toBe(true);
    // By title when a template adds or drops headings.
    const byTitle = withPages(vm, [{ title: 'BAB III  AKUNTABILITAS KINERJA', page: 9 }]);
    expect(byTitle.daftarIsi.lines.find((l) => l.id === 'bab-3')!.page).toBe('9');
  });

  it('dates the report Tanggal Laporan Tahunan, else TW4, else the first weekday after 1 January', () => {
    const wb = fullYear();
    const fallback = (t: number) => defaultReportDate(t, 4);
    expect(tahunanDate(wb, undefined, fallback)).toEqual({ year: 2024, month: 1, day: 2 });
    wb.identitas.tanggalLaporan = { 4: { year: 2024, month: 1, day: 8 } };
    expect(tahunanDate(wb, undefined, fallback)).toEqual({ year: 2024, month: 1, day: 8 });
    wb.identitas.tanggalLaporanTahunan = { year: 2024, month: 1, day: 15 };
    expect(tahunanDate(wb, undefined, fallback)).toEqual({ year: 2024, month: 1, day: 15 });
    expect(tahunanDate(wb, { year: 2024, month: 2, day: 1 }, fallback)).toEqual({ year: 2024, month: 2, day: 1 });
  });

  it('maps onto Word blocks: headings for every chapter, a TOC field, tables and charts', () => {
    const pictures = { image: () => null, svgToPng: () => ({ data: new Uint8Array([1]), width: 2, height: 1 }) };
    const doc = tahunanDocument(build(fullYear()), pictures);
    const headings = doc.body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.title : ''));
    expect(headings).toEqual(expect.arrayContaining(['KATA PENGANTAR', 'IKHTISAR EKSEKUTIF', 'DAFTAR ISI', 'PENDAHULUAN', 'PERENCANAAN KINERJA', 'AKUNTABILITAS KINERJA', 'PENUTUP', 'LAMPIRAN']));
    expect(doc.body.some((b) => b.kind === 'toc')).toBe(true);
    expect(doc.body.filter((b) => b.kind === 'image')).toHaveLength(2);
  });
});

describe('annual LKj: Bagan Organisasi', () => {
  it('prints the workbook’s organisation chart under Struktur Organisasi, listed in Daftar Grafik', () => {
    const wb = fullYear();
    const bagan = 'data:image/png;base64,iVBORw0KGgo=';
    const vm = buildTahunanViewModel(wb, computeTahunan(wb), { tanggal: TANGGAL, paper: 'A4', logoDataUrl: null, baganDataUrl: bagan });
    const s = section(vm, 'bab-1-struktur');
    const img = s.blocks.find((b) => b.isImage)!.image!;
    expect(img.dataUrl).toBe(bagan);
    expect(vm.daftarGrafik.lines[0]!.text).toBe(img.title);
    expect(img.title).toMatch(/^Gambar 1\.1 Bagan Struktur Organisasi/);
    expect(vm.missing.map((m) => m.bagian)).not.toContain('Struktur Organisasi');
  });
});

describe('annual LKj: budget without Program', () => {
  it('lists the kegiatan with one total when the workbook names no Program', () => {
    const wb = fullYear();
    wb.anggaran = wb.anggaran.map((a) => ({ ...a, program: null }));
    const vm = build(wb);
    const rows = section(vm, 'bab-3-b').blocks.find((b) => b.isTable)!.table!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toEqual([
      ['1.', 'Kegiatan Satu', '1.000', '800', '80,00', '200'],
      ['2.', 'Kegiatan Dua', '400', '400', '100,00', '0'],
      ['', 'JUMLAH', '1.400', '1.200', '85,71', '200'],
    ]);
  });
});

describe('annual LKj: an indicator not measurable', () => {
  it('says so in every analysis, prints - and keeps it out of the counts', () => {
    const wb = fullYear();
    wb.indikator[1] = { ...wb.indikator[1]!, realisasi: q() };
    const vm = build(wb);
    const ik2 = textOf(section(vm, 'bab-3-a-2'));
    expect(ik2).toContain('belum ada realisasi sehingga capaian kinerja belum dapat diukur');
    expect(ik2).toContain('Perubahan terhadap tahun sebelumnya tidak dapat dihitung karena realisasi Tahun 2023 belum dapat diukur');
    expect(ik2).toContain('realisasi Tahun 2023 belum dapat diukur');
    const summary = section(vm, 'bab-3-a').blocks.find((b) => b.isTable)!.table!.rows[1]!.cells.map((c) => c.text);
    expect(summary.slice(3)).toEqual(['-', '-', 'Belum dapat diukur']);
    expect(textOf(section(vm, 'ikhtisar'))).toContain('mengukur 2 indikator kinerja, 1 di antaranya belum dapat diukur');
  });
});
