import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/calc/compute-report.js';
import { buildViewModel, type BuildViewModelOptions } from '../../../src/documents/lkj/build-view-model.js';
import type { ReportViewModel } from '../../../src/documents/lkj/report-view-model.js';
import type { IndikatorRow, Quarterly, Tw, Workbook } from '../../../src/model/workbook-types.js';
import { referenceWorkbook, SASARAN } from './fixtures/reference-workbook.js';

const OPTIONS: BuildViewModelOptions = {
  tanggal: { year: 2023, month: 10, day: 2 },
  paper: 'A4',
  charts: false,
  logoDataUrl: null,
};

function build(wb: Workbook = referenceWorkbook(), tw: Tw = 3, options: Partial<BuildViewModelOptions> = {}): ReportViewModel {
  return buildViewModel(wb, computeReport(wb, tw), { ...OPTIONS, ...options });
}

const q = (a: number | null, b: number | null, c: number | null, e: number | null): Quarterly =>
  [a, b, c, e].map((x) => (x === null ? null : new Decimal(x))) as Quarterly;

function indikator(over: Partial<IndikatorRow>): IndikatorRow {
  return {
    kode: 'IK9',
    sasaran: SASARAN,
    indikator: 'Indikator uji',
    satuan: 'orang',
    target: new Decimal(100),
    polaritas: 'positif',
    agregasi: 'kumulatif',
    kegiatan: 'K3',
    realisasi: q(null, null, null, null),
    targetTw: q(null, null, null, null),
    standarNasional: null,
    program: null,
    row: 9,
    ...over,
  };
}

/** The reference workbook with one extra indicator; returns that indicator's 2.3 lead. */
function leadOf(over: Partial<IndikatorRow>, tw: Tw = 3): string {
  const wb = referenceWorkbook();
  wb.indikator.push(indikator(over));
  const vm = build(wb, tw);
  const item = vm.bab2.evaluasi.items.find((i) => i.kodeIndikator === (over.kode ?? 'IK9'));
  if (!item) throw new Error('indicator missing from evaluasi');
  return item.lead;
}

describe('buildViewModel — the reference report (TW III 2023)', () => {
  const vm = build();
  const ck = vm.bab2.capaianKinerja;

  it('prints the corrected figures of the capaian table', () => {
    expect(ck.rows.map((r) => [r.target, r.realisasi, r.capaian, r.keterangan])).toEqual([
      ['110 orang', '153 orang', '139,09', 'Sangat Tinggi'],
      ['6 dokumen', '4 dokumen', '66,67', 'Sedang'],
      ['200 orang', '410 orang', '205,00', 'Sangat Tinggi'],
    ]);
    expect(ck.tableTitle).toBe('Capaian Kinerja Tribulan III Tahun 2023');
    expect(ck.head.rows.at(-1)?.map((c) => c.text)).toEqual(['1', '2', '3', '4', '5=4/3', '6']);
  });

  it('prints the cost-per-outcome table with efisiensi 113,88 (not the seed 113,89)', () => {
    const r = ck.costRows[0];
    expect(r).toMatchObject({
      pagu: '53.955.500',
      realisasiAnggaran: '13.600.000',
      capaianAnggaran: '25,21',
      target: '110 orang',
      realisasi: '153 orang',
      capaian: '139,09',
      efisiensi: '113,88',
    });
    expect(ck.costRows[1]).toMatchObject({ pagu: '182.244.000', realisasiAnggaran: '0', capaianAnggaran: '0,00', efisiensi: '66,67' });
    expect(ck.costRows[2]).toMatchObject({ pagu: '45.126.000', capaian: '205,00', efisiensi: '205,00' });
    expect(ck.costHead.rows.at(-1)?.map((c) => c.text)).toEqual([
      '1', '2', '3', '4', '5', '6=5/4', '7', '8', '9=8/7', '10=9-6',
    ]);
    expect(ck.costHead.rows[0]?.find((c) => c.text === 'Anggaran')?.colspan).toBe(3);
    expect(ck.costTitle).toBe('Tabel Cost per outcome');
    expect(ck.charts).toEqual([]);
  });

  it('spans the shared sasaran over its indicators', () => {
    const pk = vm.bab2.perjanjianKinerja.rows;
    expect(pk[0]?.sasaran).toEqual({ text: SASARAN, rowspan: 3, show: true });
    expect(pk[0]?.no).toEqual({ text: '1.', rowspan: 3, show: true });
    expect(pk[1]?.sasaran.show).toBe(false);
    expect(pk[2]?.no.show).toBe(false);
    expect(pk.map((r) => r.indikator)).toEqual([
      '1. Jumlah pencari kerja ditempatkan melalui program AKL',
      '2. Jumlah data pasar kerja yang dikelola',
      '3. Jumlah CPMI dan PMI yang difasilitasi',
    ]);
    expect(pk.map((r) => r.target)).toEqual(['110 orang', '6 dokumen', '200 orang']);
    expect(ck.rows[0]?.sasaran.rowspan).toBe(3);
    expect(ck.rows.slice(1).every((r) => !r.sasaran.show)).toBe(true);
    expect(ck.costRows[0]?.sasaran.rowspan).toBe(3);
  });

  it('prints the budget table of 2.1 with two decimals and the sumber dana', () => {
    expect(vm.bab2.perjanjianKinerja.anggaranRows).toEqual([
      { kegiatan: '1. Pengelolaan Informasi Pasar Kerja', anggaran: '182.244.000,00', keterangan: 'DAU' },
      {
        kegiatan: '2. Perlindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/Kota',
        anggaran: '45.126.000,00',
        keterangan: 'DAU',
      },
      { kegiatan: '3. Pelayanan Antar Kerja di Daerah Kabupaten/Kota', anggaran: '53.955.500,00', keterangan: 'DAU' },
    ]);
  });

  it('writes the 2.3 paragraph of IK1 in the reference wording, every company with its count', () => {
    const a = vm.bab2.evaluasi.items[0];
    expect(a?.letter).toBe('a.');
    expect(a?.lead).toBe(
      'Kegiatan Pelayanan Antar Kerja di Daerah Kabupaten/Kota dengan Indikator Jumlah pencari kerja ditempatkan melalui program AKL, ' +
        'dimana capaian kinerja sampai dengan Tribulan III Tahun 2023 dari target 110 orang terealisasi 153 orang yang berasal dari hasil ' +
        'fasilitasi rekrutmen oleh BPRS Karya Mega Sentosa 4 orang, Lab Persada 23 orang, Alfamart 28 orang, Indomart 17 orang, MMI 76 orang, ' +
        'Anugerah Rimba Raya 1 orang dan untuk Penyandang Disabilitas PSI sejumlah 3 orang serta FIF sejumlah 1 orang atau tercapai 139,09 %. ' +
        'Sedangkan Realisasi Anggaran Kegiatan Pelayanan Antar Kerja di Daerah Kabupaten/Kota terealisasi sebesar Rp 13.600.000,- atau sebesar ' +
        '25,21 % sehingga apabila diperbandingkan dengan capaian kinerja terdapat efisiensi 113,88 %.',
    );
    for (const company of [
      'BPRS Karya Mega Sentosa 4 orang',
      'Lab Persada 23 orang',
      'Alfamart 28 orang',
      'Indomart 17 orang',
      'MMI 76 orang',
      'Anugerah Rimba Raya 1 orang',
      'PSI sejumlah 3 orang',
      'FIF sejumlah 1 orang',
    ]) {
      expect(a?.lead).toContain(company);
    }
  });

  it('describes the Rincian breakdown of IK3 and the unspent budget', () => {
    const c = vm.bab2.evaluasi.items[2];
    expect(c?.letter).toBe('c.');
    expect(c?.lead).toContain(
      'dari target 200 orang terealisasi 410 orang yang terdiri dari 376 orang CPMI yang difasilitasi penerbitan ID CPMI dan Rekom Paspor serta 34 orang Pekerja Migran (PMI)',
    );
    expect(c?.lead).toContain('atau tercapai 205,00 %.');
    expect(c?.lead).toContain('dengan pagu Rp 45.126.000,- sampai dengan Tribulan III Tahun 2023 belum ada realisasi (0,00 %)');
    expect(vm.bab2.evaluasi.items[1]?.lead).toContain('dari target 6 dokumen terealisasi 4 dokumen atau tercapai 66,67 %.');
  });

  it('prints the Analisis rows of TW III (and blank TW), corrects terbilang and groups bullets', () => {
    const a = vm.bab2.evaluasi.items[0];
    const texts = a?.blocks.map((b) => (b.isList ? b.items.join(' | ') : b.text)).join('\n') ?? '';
    expect(texts).toContain('8 (delapan) bulan');
    expect(texts).not.toContain('8 (lima)');
    expect(texts).not.toContain('Tribulan II yang tidak boleh');
    const lists = a?.blocks.filter((b) => b.isList) ?? [];
    expect(lists).toHaveLength(1);
    expect(lists[0]?.items).toHaveLength(3);
    expect(lists[0]?.items[0]).toMatch(/^Padat Karya/);
    expect(lists[0]?.items[2]).toMatch(/^Tenaga Kerja Mandiri \(TKM\) Lanjutan/);
    expect(vm.terbilangCorrections).toEqual([{ source: 'Analisis IK1', found: '8 (lima)', expected: '8 (delapan)' }]);
    // A multi-line cell: paragraphs, then one list.
    const cBlocks = vm.bab2.evaluasi.items[2]?.blocks ?? [];
    expect(cBlocks.map((b) => b.isList)).toEqual([false, false, true]);
    expect(cBlocks[2]?.items).toHaveLength(2);
  });

  it('writes the evaluasi intro with the unit and the period', () => {
    expect(vm.bab2.evaluasi.intro).toBe(
      'Dari tabel tersebut di atas Bidang Penempatan dan Perluasan Kesempatan Kerja Tribulan III Tahun 2023 pelaksanaan kegiatan dapat diuraikan sebagai berikut :',
    );
  });

  it('groups Tindak Lanjut per kegiatan in Anggaran order, only for this quarter', () => {
    const tl = vm.bab2.tindakLanjut;
    expect(tl.heading.text).toBe('2.4. Rencana Tindak Lanjut');
    expect(tl.groups.map((g) => [g.letter, g.title])).toEqual([
      ['a.', 'Kegiatan Pengelolaan Informasi Pasar Kerja :'],
      ['b.', 'Kegiatan Perlindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/Kota :'],
      ['c.', 'Kegiatan Pelayanan Antar Kerja di Daerah Kabupaten/Kota :'],
    ]);
    expect(tl.groups[1]?.items).toEqual([
      'Melakukan sosialisasi UU 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia;',
      'Sinergi dengan Dinas Pemberdayaan Masyarakat dan Desa.',
    ]);
    expect(tl.groups.flatMap((g) => g.items).join(' ')).not.toContain('Tribulan II yang tidak boleh');
    expect(tl.intro).toContain('Program Penempatan Tenaga Kerja');
    expect(tl.emptyText).toBeNull();
  });

  it('builds BAB I: dasar, numbered fungsi with normalised punctuation, programme table spans', () => {
    const b = vm.bab1;
    expect(b.heading).toMatchObject({ number: 'BAB I', title: 'PENDAHULUAN', id: 'bab-1' });
    expect(b.dasar[0]).toMatch(/^Berdasarkan Peraturan Daerah/);
    expect(b.fungsiIntro).toBe('Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja melaksanakan fungsi antara lain :');
    expect(b.fungsi.map((f) => `${f.number} ${f.text}`)).toEqual([
      '1. Pelayanan penempatan antar kerja daerah;',
      '2. Penerbitan izin Lembaga Penempatan Tenaga Kerja Swasta;',
      '3. Pengelolaan Informasi Pasar Kerja;',
      '4. Pelaksanaan perlindungan Tenaga Kerja Indonesia (TKI) di Luar Negeri (pra dan purna penempatan);',
      '5. Penerbitan perpanjangan Izin Memperkerjakan Tenaga Asing (IMTA);',
      '6. Pemberian saran dan pertimbangan kepada Kepala Dinas; dan',
      '7. Pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.',
    ]);
    expect(b.substansi.map((s) => s.text)).toEqual([
      'Kelompok Sub Substansi Penempatan Tenaga Kerja Dalam Negeri;',
      'Kelompok Sub Substansi Penempatan Tenaga Kerja Luar Negeri; dan',
      'Kelompok Sub Substansi Perluasan Kesempatan Kerja.',
    ]);
    expect(b.substansiIntro).toBe(
      'Bidang Penempatan dan Perluasan Kesempatan Kerja pada Dinas Tenaga Kerja Kabupaten Lumajang mengkoordinasikan Kelompok Sub Substansi yang terdiri atas :',
    );
    expect(b.programIntro).toBe('Dalam tahun 2023, Bidang Penempatan dan Perluasan Kesempatan Kerja melaksanakan tugas dan fungsi :');
    const rows = b.programTable?.rows ?? [];
    expect(rows.map((r) => [r.no.show, r.no.rowspan, r.program.show, r.program.rowspan, r.kegiatan.show, r.kegiatan.rowspan])).toEqual([
      [true, 3, true, 3, true, 1],
      [false, 1, false, 1, true, 1],
      [false, 1, false, 1, true, 1],
    ]);
    expect(rows[0]?.no.text).toBe('1');
  });

  it('builds the cover and meta per Sebutan Periode', () => {
    expect(vm.cover).toEqual({
      judul: 'LAPORAN KINERJA',
      periode: 'TRIBULAN III TA. 2023',
      jenjangJabatan: 'PEJABAT ADMINISTRATOR',
      jabatan: 'KEPALA BIDANG PENEMPATAN DAN PERLUASAN KESEMPATAN KERJA',
      pemerintah: 'PEMERINTAH KABUPATEN LUMAJANG',
      perangkatDaerah: 'DINAS TENAGA KERJA',
      alamat: 'Jl. Veteran No. 53 Telp (0334) 881546',
      kota: 'L U M A J A N G',
      logoDataUrl: null,
      logoAlt: 'Logo Pemerintah Kabupaten Lumajang',
    });
    expect(vm.meta).toMatchObject({
      title: 'Laporan Kinerja Tribulan III 2023 — Bidang Penempatan dan Perluasan Kesempatan Kerja',
      author: 'Dinas Tenaga Kerja',
      periode: 'Tribulan',
      twRoman: 'III',
      tahun: 2023,
      tanggal: '2 Oktober 2023',
      tanggalIso: '2023-10-02',
      lang: 'id',
    });
    expect(vm.lang).toBe('id');
    expect(vm.paper).toMatchObject({ name: 'A4', cssSize: '210mm 297mm' });
  });

  it('builds the Lembar Pengesahan with the date, commas and normalised NIPs', () => {
    expect(vm.pengesahan.left).toEqual({
      label: 'Mengetahui',
      jabatan: 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang,',
      nama: 'Ir. PAIMAN',
      nip: 'NIP. 19670606 199202 1 001',
    });
    expect(vm.pengesahan.right).toEqual({
      label: 'Lumajang, 2 Oktober 2023',
      jabatan: 'Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja,',
      nama: 'Ir. HANUM MUBAROKHAH',
      nip: 'NIP. 19690111 200212 2 004',
    });
  });

  it('builds the 2.5 box, BAB III default and the outline in document order', () => {
    expect(vm.bab2.tanggapan.boxTitle).toBe('RUANGAN DISPOSISI/ TANGGAPAN ATASAN LANGSUNG');
    expect(vm.bab2.tanggapan.options).toHaveLength(6);
    expect(vm.bab2.tanggapan.options[0]).toBe('Laporan kurang baik');
    expect(vm.bab3.heading.title).toBe('P E N U T U P');
    expect(vm.bab3.paragraphs[0]).toMatch(
      /^Laporan Kinerja \(LKj\) Bidang Penempatan dan Perluasan Kesempatan Kerja Dinas Tenaga Kerja Kabupaten Lumajang Tribulan III Tahun 2023 merupakan pertanggungjawaban/,
    );
    expect(vm.outline.map((o) => o.text)).toEqual([
      'BAB I PENDAHULUAN',
      'BAB II AKUNTABILITAS KINERJA',
      '2.1. Perjanjian Kinerja',
      '2.2. Capaian Kinerja',
      '2.3. Evaluasi dan Analisis Kinerja',
      '2.4. Rencana Tindak Lanjut',
      '2.5. Tanggapan Atasan Langsung',
      'BAB III PENUTUP',
      'LEMBAR PENGESAHAN',
    ]);
  });

  it('is pure: same input, same output, input untouched', () => {
    const wb = referenceWorkbook();
    const calc = computeReport(wb, 3);
    const before = JSON.stringify(wb);
    const one = buildViewModel(wb, calc, OPTIONS);
    const two = buildViewModel(wb, calc, OPTIONS);
    expect(two).toEqual(one);
    expect(JSON.stringify(wb)).toBe(before);
    // Plain data only: survives a JSON round trip.
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
  });
});

describe('buildViewModel — wording variants', () => {
  it('prints - for pagu 0 and says the budget cannot be compared', () => {
    const wb = referenceWorkbook();
    const k1 = wb.anggaran.find((a) => a.kode === 'K1');
    if (!k1) throw new Error('K1');
    k1.pagu = new Decimal(0);
    const vm = build(wb);
    const row = vm.bab2.capaianKinerja.costRows[1];
    expect(row).toMatchObject({ pagu: '0', capaianAnggaran: '-', capaian: '66,67', efisiensi: '-' });
    expect(vm.bab2.evaluasi.items[1]?.lead).toContain(
      'Kegiatan Pengelolaan Informasi Pasar Kerja tidak memiliki pagu anggaran pada Tahun 2023, sehingga capaian anggaran dan efisiensi tidak dapat dihitung.',
    );
  });

  it('explains negative polarity (lower realisation is better)', () => {
    const lead = leadOf({ polaritas: 'negatif', target: new Decimal(32), realisasi: q(4.88, null, null, null), satuan: 'per 1.000 kelahiran' });
    expect(lead).toContain('dari target 32 per 1.000 kelahiran terealisasi 4,88 per 1.000 kelahiran atau tercapai 184,75 %.');
    expect(lead).toContain('berpolaritas negatif, yaitu semakin rendah realisasi semakin baik');
  });

  it('uses "realisasi pada Tribulan III" for Terakhir and names an earlier last quarter', () => {
    const now = leadOf({ agregasi: 'terakhir', satuan: '%', target: new Decimal(80), realisasi: q(70, 75, 84, null) });
    expect(now).toContain('dimana dari target 80 % realisasi pada Tribulan III Tahun 2023 sebesar 84 % atau tercapai 105,00 %.');
    const earlier = leadOf({ agregasi: 'terakhir', satuan: '%', target: new Decimal(80), realisasi: q(70, 75, null, null) });
    expect(earlier).toContain('realisasi terakhir pada Tribulan II Tahun 2023 sebesar 75 %');
  });

  it('uses "rata-rata realisasi" for Rata-rata', () => {
    const lead = leadOf({ agregasi: 'rata-rata', satuan: 'hari', target: new Decimal(10), realisasi: q(8, 9, 10, null) });
    expect(lead).toContain('dimana dari target 10 hari rata-rata realisasi sampai dengan Tribulan III Tahun 2023 sebesar 9 hari atau tercapai 90,00 %.');
  });

  it('says "belum ada realisasi" when nothing was realised', () => {
    const none = leadOf({ agregasi: 'terakhir', realisasi: q(null, null, null, null) });
    expect(none).toContain('dari target 100 orang belum ada realisasi sehingga capaian kinerja belum dapat diukur.');
    const zero = leadOf({ realisasi: q(0, 0, 0, null) });
    expect(zero).toContain('dari target 100 orang belum ada realisasi sehingga capaian kinerjanya 0,00 %.');
    const wb = referenceWorkbook();
    wb.indikator.push(indikator({ agregasi: 'terakhir', realisasi: q(null, null, null, null) }));
    const row = build(wb).bab2.capaianKinerja.rows.at(-1);
    // Contract amendment (turn 2): the Ket column says so in words.
    expect(row).toMatchObject({ realisasi: '-', capaian: '-', keterangan: 'Belum dapat diukur' });
  });

  it('leaves out the breakdown clause when the items do not add up to the realisation', () => {
    const wb = referenceWorkbook();
    const ik1 = wb.indikator[0];
    if (!ik1) throw new Error('IK1');
    ik1.agregasi = 'rata-rata'; // breakdowns do not describe a mean
    const lead = build(wb).bab2.evaluasi.items[0]?.lead ?? '';
    expect(lead).not.toContain('yang berasal dari');
    expect(lead).toContain('rata-rata realisasi');
  });

  it('falls back to default Dasar and Penutup, omits empty lists, programme table and left signature', () => {
    const wb = referenceWorkbook();
    wb.pendahuluan = [];
    wb.program = [];
    wb.tindakLanjut = [];
    wb.identitas.namaAtasan = null;
    wb.identitas.jenjangJabatan = null;
    wb.identitas.sebutanPeriode = 'Triwulan';
    const vm = build(wb);
    expect(vm.bab1.dasar).toHaveLength(2);
    expect(vm.bab1.dasar[0]).toContain('Bidang Penempatan dan Perluasan Kesempatan Kerja merupakan salah satu unit kerja pada Dinas Tenaga Kerja Kabupaten Lumajang');
    expect(vm.bab1.fungsiIntro).toBeNull();
    expect(vm.bab1.fungsi).toEqual([]);
    expect(vm.bab1.programTable).toBeNull();
    expect(vm.bab1.programIntro).toBeNull();
    expect(vm.bab3.paragraphs[0]).toContain('Triwulan III Tahun 2023 merupakan pertanggungjawaban');
    expect(vm.pengesahan.left).toBeNull();
    expect(vm.cover.jenjangJabatan).toBeNull();
    expect(vm.cover.periode).toBe('TRIWULAN III TA. 2023');
    expect(vm.meta.title).toBe('Laporan Kinerja Triwulan III 2023 — Bidang Penempatan dan Perluasan Kesempatan Kerja');
    expect(vm.bab2.tindakLanjut.groups).toEqual([]);
    expect(vm.bab2.tindakLanjut.emptyText).toBe('Belum ada rencana tindak lanjut yang dicatat untuk Triwulan III Tahun 2023.');
  });

  it('applies fixTerbilang to Dasar, Fungsi, Tindak Lanjut and Penutup', () => {
    const wb = referenceWorkbook();
    wb.pendahuluan.push({ bagian: 'penutup', isi: 'Selama 3 (empat) bulan terakhir.' });
    wb.pendahuluan.push({ bagian: 'dasar', isi: 'Terdiri dari 4 (lima) bidang.' });
    wb.tindakLanjut.push({ kegiatan: 'K1', tw: 3, rencana: 'Rapat 2 (tiga) kali.' });
    const vm = build(wb);
    expect(vm.bab3.paragraphs).toEqual(['Selama 3 (tiga) bulan terakhir.']);
    expect(vm.bab1.dasar).toContain('Terdiri dari 4 (empat) bidang.');
    expect(vm.bab2.tindakLanjut.groups[0]?.items.at(-1)).toBe('Rapat 2 (dua) kali.');
    expect(vm.terbilangCorrections.map((c) => c.source)).toEqual(
      expect.arrayContaining(['Pendahuluan (Penutup)', 'Pendahuluan (Dasar)', 'Tindak Lanjut K1']),
    );
  });

  it('uses the signing date given and the F4 page size', () => {
    const vm = build(referenceWorkbook(), 3, { tanggal: { year: 2023, month: 10, day: 9 }, paper: 'F4' });
    expect(vm.pengesahan.right.label).toBe('Lumajang, 9 Oktober 2023');
    expect(vm.paper).toMatchObject({ name: 'F4', cssSize: '215mm 330mm' });
  });

  it('makes an SVG chart only when asked, escaping workbook text', () => {
    const wb = referenceWorkbook();
    const ik1 = wb.indikator[0];
    if (!ik1) throw new Error('IK1');
    ik1.indikator = 'Jumlah <pencari> & "kerja"';
    const vm = build(wb, 3, { charts: true });
    // Capaian per indicator, then budget absorption per kegiatan.
    expect(vm.charts).toHaveLength(2);
    expect(vm.bab2.capaianKinerja.charts).toBe(vm.charts);
    expect(vm.charts[1]?.title).toBe('Grafik Penyerapan Anggaran per Kegiatan Tribulan III Tahun 2023');
    expect(vm.charts[1]?.svg).toContain('25,21 %');
    expect(vm.charts[1]?.svg).toContain('13.600.000 / 53.955.500');
    const svg = vm.charts[0]?.svg ?? '';
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('&lt;pencari&gt; &amp; &quot;kerja&quot;');
    expect(svg).not.toContain('<pencari>');
    expect(svg).toContain('139,09');
    expect(vm.charts[0]?.title).toBe('Grafik Capaian Kinerja dan Capaian Anggaran Tribulan III Tahun 2023');
  });

  it('numbers sasaran runs and restarts the indicator numbers in each', () => {
    const wb = referenceWorkbook();
    wb.indikator.push(indikator({ kode: 'IK4', sasaran: 'Sasaran kedua', indikator: 'A' }));
    wb.indikator.push(indikator({ kode: 'IK5', sasaran: '', indikator: 'B' }));
    const rows = build(wb).bab2.perjanjianKinerja.rows;
    expect(rows.slice(3).map((r) => [r.no.text, r.no.show, r.no.rowspan, r.sasaran.text, r.indikator])).toEqual([
      ['2.', true, 2, 'Sasaran kedua', '1. A'],
      ['2.', false, 1, 'Sasaran kedua', '2. B'],
    ]);
  });
});

describe('charts', () => {
  it('splits many indicators over several charts that each fit a page', () => {
    const wb = referenceWorkbook();
    for (let i = 4; i <= 12; i++) wb.indikator.push(indikator({ kode: `IK${i}`, indikator: `Indikator ${i}`, realisasi: q(i, null, null, null) }));
    const charts = build(wb, 3, { charts: true }).charts.filter((c) => c.title.startsWith('Grafik Capaian Kinerja'));
    expect(charts.map((c) => c.title)).toEqual([
      'Grafik Capaian Kinerja dan Capaian Anggaran Tribulan III Tahun 2023 (1/2)',
      'Grafik Capaian Kinerja dan Capaian Anggaran Tribulan III Tahun 2023 (2/2)',
    ]);
    expect(charts[1]?.svg).toContain('11. Indikator 11');
    expect(charts[1]?.svg).not.toContain('10. Indikator 10');
  });
});
