import { Command, CommanderError, Option } from 'commander';
import type { ReportOptions } from './pipeline/build-report.js';
import { flags } from './commands/option-schemas.js';
import { EXIT, UsageError } from './model/errors.js';
import { EXIT_INTERNAL, translateError } from './model/translate-error.js';
import { formatProblem, type Problem } from './model/problem.js';
import { VERSION } from './model/version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal (colours, progress bar). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /**
   * Ctrl-C for commands that run until interrupted (`generate --watch`): claim() tells the
   * entry point not to end the process on the first interrupt but to abort `signal`.
   */
  interrupt?: { signal: AbortSignal; claim: () => void };
}

export { EXIT_INTERNAL };

/**
 * Wires argv to the command functions and maps outcomes to exit codes. Never exits the
 * process itself: main.ts does, so tests can call this with an injected argv.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('lkj')
    .description('Laporan Kinerja (LKj) triwulanan dari buku kerja Excel.')
    .version(VERSION, '-V, --version', 'tampilkan versi lkj')
    .helpOption('-h, --help', 'tampilkan bantuan')
    .helpCommand('help [perintah]', 'tampilkan bantuan untuk perintah')
    .option('--debug', 'tampilkan jejak tumpukan (stack trace) saat galat')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(translateHelp(s).replace(/\n$/, '')),
      writeErr: (s) => io.stderr(s.replace(/\n$/, '')),
      outputError: (s, write) => write(translateCommanderError(s)),
    })
    .showSuggestionAfterError(true);

  const warn = (file: string, problems: Problem[]) => {
    for (const p of problems.filter((x) => x.severity === 'warning')) io.stderr(`peringatan: ${file}: ${formatProblem(p)}`);
  };

  withReportOptions(program
    .command('generate')
    .description('buat dokumen satu buku kerja: LKj triwulan N, LKj tahunan, PK atau Rencana Aksi (PDF, HTML atau Word)')
    .argument('<file>', 'buku kerja .xlsx'))
    .option('--out <dir>', 'folder keluaran', '.')
    .option('--watch', 'pantau buku kerja (dan --templates): buat ulang setiap kali disimpan, sampai Ctrl-C')
    .action(async (file: string, o: Record<string, unknown>) => {
      if (o.watch === true) {
        const interrupt = io.interrupt ?? { signal: new AbortController().signal, claim: () => undefined };
        interrupt.claim();
        const { watchCommand } = await import('./commands/watch.js');
        const r = await watchCommand({ file, outDir: String(o.out), ...reportOptions(o), strict: o.strict === true, force: o.force === true, signal: interrupt.signal, onLine: io.stdout });
        io.stderr(`Pemantauan selesai: ${r.written} dokumen dibuat, ${r.failed} simpanan gagal.`);
        return;
      }
      // Loaded on demand: validate and calc need neither the browser nor the templates.
      const { generateCommand } = await import('./commands/generate.js');
      const r = await generateCommand({ file, outDir: String(o.out), ...reportOptions(o), strict: o.strict === true, force: o.force === true });
      warn(file, r.warnings);
      io.stdout(r.path);
    });

  program
    .command('validate')
    .description('periksa buku kerja terhadap kontrak; laporkan semua masalah')
    .argument('<files...>', 'buku kerja .xlsx dan/atau folder (dicari rekursif)')
    .option('--tw <N>', 'triwulan 1..4: realisasi kosong s.d. TW N diberi peringatan')
    .option('--dokumen <jenis>', 'periksa juga kebutuhan dokumen: lkj, lkj-tahunan, pk atau rencana-aksi')
    .option('--format <format>', 'text, json atau github', 'text')
    .option('--strict', 'peringatan dihitung galat (keluar 1)')
    .action(async (files: string[], o: Record<string, unknown>) => {
      const dokumen = o.dokumen === undefined ? undefined : flags.choice(o.dokumen, '--dokumen', ['lkj', 'lkj-tahunan', 'pk', 'rencana-aksi'] as const);
      // As for generate: a year's document has no quarter.
      if (dokumen !== undefined && dokumen !== 'lkj' && o.tw !== undefined) {
        throw new UsageError(`--tw tidak berlaku untuk --dokumen ${dokumen} (dokumen itu mencakup satu tahun penuh).`);
      }
      const { validateCommand } = await import('./commands/validate.js');
      const r = await validateCommand({
        files,
        strict: o.strict === true,
        tw: flags.twOptional(o.tw),
        dokumen,
        format: flags.choice(o.format, '--format', ['text', 'json', 'github'] as const),
        color: io.isTTY && !io.env.NO_COLOR,
      });
      io.stdout(r.output);
      exitCode = r.exitCode;
    });

  program
    .command('calc')
    .description('cetak angka-angka hasil hitungan tanpa membuat dokumen')
    .argument('<file>', 'buku kerja .xlsx')
    .option('--tw <N>', 'triwulan 1..4')
    .option('--tahunan', 'angka setahun (TW 4 dengan Renstra, perubahan dan ringkasan)')
    .option('--format <format>', 'table, json atau csv', 'table')
    .action(async (file: string, o: Record<string, unknown>) => {
      // Exactly one of the two: the quarter's figures or the year's.
      if ((o.tw === undefined) === (o.tahunan !== true)) {
        throw new UsageError('lkj calc butuh tepat satu dari --tw N (triwulan 1..4) atau --tahunan.');
      }
      const { calcCommand } = await import('./commands/calc.js');
      const format = flags.choice(o.format, '--format', ['table', 'json', 'csv'] as const);
      const r = await calcCommand(o.tahunan === true ? { file, tahunan: true, format } : { file, tw: flags.tw(o.tw), format });
      warn(file, r.warnings);
      io.stdout(r.output);
    });

  program
    .command('init')
    .description('buat buku kerja .xlsx siap isi (petunjuk, semua sheet, daftar pilihan, contoh)')
    .argument('[file]', 'nama berkas .xlsx yang dibuat (bawaan: lkj-buku-kerja.xlsx)')
    .option('--force', 'timpa berkas yang sudah ada')
    .action(async (file: string | undefined, o: Record<string, unknown>) => {
      const { initCommand, DEFAULT_INIT_FILE } = await import('./commands/init.js');
      const r = await initCommand({ file: file ?? DEFAULT_INIT_FILE, force: o.force === true });
      io.stdout(r.path);
      io.stderr(`Isi buku kerjanya, lalu jalankan: lkj validate --tw N ${r.path} dan lkj generate --tw N ${r.path}`);
    });

  withReportOptions(program
    .command('batch')
    .description('buat dokumen semua buku kerja di folder (rekursif), satu peramban untuk semuanya')
    .argument('<inputs...>', 'folder dan/atau berkas .xlsx'))
    .option('--out <dir>', 'folder keluaran (struktur subfolder masukan dipertahankan)', '.')
    .option('--concurrency <K>', 'jumlah laporan yang dicetak bersamaan (bawaan: jumlah CPU)')
    .option('--shard <I/M>', 'ambil irisan ke-I dari M (untuk matriks CI)')
    .option('--rekap', 'tulis juga Rekap_TW<N>_<Tahun> (lkj) atau Rekap_Tahunan_<Tahun> (lkj-tahunan), selalu .pdf dan .xlsx, untuk seluruh unit')
    .option('--summary <format>', 'ringkasan akhir: text atau json', 'text')
    .action(async (inputs: string[], o: Record<string, unknown>) => {
      const { batchCommand } = await import('./commands/batch.js');
      const { batchProgress, batchSummary, batchSummaryJson } = await import('./commands/batch-progress.js');
      const summary = flags.choice(o.summary, '--summary', ['text', 'json'] as const);
      const r = await batchCommand({
        inputs,
        outDir: String(o.out),
        ...reportOptions(o),
        concurrency: o.concurrency === undefined ? undefined : flags.positiveInt(o.concurrency, '--concurrency'),
        shard: flags.shard(o.shard),
        rekap: o.rekap === true,
        strict: o.strict === true,
        force: o.force === true,
        onEvent: batchProgress(io.isTTY, io.stderr, program.opts().debug === true),
      });
      for (const p of r.stale) io.stderr(`lkj batch: peringatan: "${p}" di --out tidak ditulis oleh jalankan ini (berkas lama?); dibiarkan apa adanya.`);
      io.stdout(
        summary === 'json' ? JSON.stringify(batchSummaryJson(r.items, r.rekapPaths, r.stale, r.manifestPath), null, 2) : batchSummary(r.items, r.rekapPaths, r.stale),
      );
      exitCode = r.exitCode;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    // One Indonesian line for anything the user can act on; the original only with --debug.
    const t = translateError(err);
    if (t.internal) {
      io.stderr(`lkj: ${t.message}`);
      return EXIT_INTERNAL;
    }
    io.stderr(t.message.split('\n').map((l) => (l.startsWith('lkj') ? l : `lkj: ${l}`)).join('\n'));
    if (program.opts().debug && t.original) io.stderr(t.original);
    return t.exitCode;
  }
}

/** The flags generate and batch share (everything that shapes and prints one report). */
function withReportOptions(cmd: Command): Command {
  return cmd
    .option('--dokumen <jenis>', 'lkj (triwulanan), lkj-tahunan, pk atau rencana-aksi', 'lkj')
    .option('--tw <N>', 'triwulan 1..4 (wajib untuk --dokumen lkj)')
    .option('--sampul', 'PK: cetak juga halaman sampul')
    .addOption(new Option('--format <format>', 'pdf, html atau docx').default('pdf'))
    .option('--paper <kertas>', 'A4 atau F4', 'A4')
    .option('--date <YYYY-MM-DD>', 'tanggal laporan (menggantikan Tanggal Laporan di Identitas)')
    .option('--templates <dir>', 'folder templat sendiri (menimpa templat bawaan per nama berkas)')
    .option('--browser <path>', 'Chrome/Chromium yang dipakai mencetak')
    .option('--no-charts', 'tanpa grafik')
    .option('--strict', 'peringatan dihitung galat: buku kerja berperingatan tidak dicetak (keluar 1)')
    .option('--force', 'timpa juga PDF yang sudah bertanda tangan digital')
    .option('--tte', 'siap TTE: kotak tanda tangan dan jangkar per penanda tangan, catatan kaki BSrE, berkas <nama>.tte.json')
    .option('--tte-box <LxT>', 'ukuran kotak tanda tangan --tte dalam mm (bawaan: 40x20)')
    .option('--qr <url>', 'blok verifikasi: kode QR dari URL dengan {id} (mis. https://sakip.example.go.id/v/{id})')
    .option('--pdfa', 'PDF/A-2b untuk arsip')
    .option('--timeout <detik>', 'batas waktu cetak per laporan', '120');
}

function reportOptions(o: Record<string, unknown>): ReportOptions & { browser?: string } {
  const format = flags.choice(o.format, '--format', ['pdf', 'html', 'docx'] as const);
  // Never a silent fallback: a Word document is not shaped by the HTML templates.
  if (format === 'docx' && o.templates !== undefined) {
    throw new UsageError('--templates hanya membentuk keluaran PDF dan HTML; tidak dapat dipakai dengan --format docx.');
  }
  const dokumen = flags.choice(o.dokumen ?? 'lkj', '--dokumen', ['lkj', 'lkj-tahunan', 'pk', 'rencana-aksi'] as const);
  // The quarterly LKj reports a quarter; the year's other documents cover the whole year.
  if (dokumen === 'lkj' && o.tw === undefined) throw new UsageError('--tw wajib untuk --dokumen lkj (triwulan 1..4).');
  if (dokumen !== 'lkj' && o.tw !== undefined) throw new UsageError(`--tw tidak berlaku untuk --dokumen ${dokumen} (dokumen itu mencakup satu tahun penuh).`);
  if (o.sampul === true && dokumen !== 'pk') throw new UsageError('--sampul hanya berlaku untuk --dokumen pk.');
  if (o.rekap === true && (dokumen === 'pk' || dokumen === 'rencana-aksi')) {
    throw new UsageError(`--rekap hanya untuk --dokumen lkj dan lkj-tahunan, bukan ${dokumen}.`);
  }
  // Signing and archiving shape a printed document (CLI contract, clarifications turn 2).
  if (format === 'html') {
    const given = ['--tte', '--qr', '--pdfa'].filter((f) => o[f.slice(2)] !== undefined);
    if (given.length > 0) throw new UsageError(`${given.join(', ')} tidak berlaku untuk --format html (HTML bukan berkas yang ditandatangani atau diarsipkan).`);
  }
  if (format === 'docx' && o.pdfa === true) throw new UsageError('--pdfa hanya untuk --format pdf.');
  if (o.tteBox !== undefined && o.tte !== true) throw new UsageError('--tte-box hanya berlaku bersama --tte.');
  return {
    tte: o.tte === true ? (o.tteBox === undefined ? { widthMm: 40, heightMm: 20 } : flags.tteBox(o.tteBox)) : undefined,
    qr: o.qr === undefined ? undefined : flags.qr(o.qr),
    pdfa: o.pdfa === true,
    dokumen,
    tw: dokumen === 'lkj' ? flags.tw(o.tw) : undefined,
    sampul: o.sampul === true,
    format,
    paper: flags.paper(o.paper),
    date: flags.date(o.date),
    templatesDir: o.templates as string | undefined,
    browser: o.browser as string | undefined,
    charts: o.charts !== false,
    timeoutMs: flags.positiveInt(o.timeout, '--timeout') * 1000,
  };
}

/** Help headings in Indonesian (commander has no translations of its own). */
function translateHelp(s: string): string {
  return s
    .replace(/^Usage:/gm, 'Pemakaian:')
    .replace(/^Arguments:/gm, 'Argumen:')
    .replace(/^Options:/gm, 'Opsi:')
    .replace(/^Commands:/gm, 'Perintah:')
    .replace(/\(default: /g, '(bawaan: ')
    .replace(/\[options\]/g, '[pilihan]')
    .replace(/\[command\]/g, '[perintah]');
}

/** commander speaks English; users read Indonesian. */
function translateCommanderError(s: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/unknown option '([^']+)'/, (m) => `opsi tidak dikenal: ${m[1]}`],
    [/unknown command '([^']+)'/, (m) => `perintah tidak dikenal: ${m[1]} (lihat "lkj --help")`],
    [/missing required argument '([^']+)'/, (m) => `argumen wajib tidak ada: <${m[1]}>`],
    [/required option '([^']+)' not specified/, (m) => `opsi wajib tidak diisi: ${m[1]}`],
    [/option '([^']+)' argument missing/, (m) => `opsi ${m[1]} memerlukan nilai`],
    [/too many arguments/, () => 'terlalu banyak argumen'],
  ];
  for (const [re, f] of rules) {
    const m = s.match(re);
    if (m) {
      const hint = /\(Did you mean ([^)]+)\?\)/.exec(s);
      return `lkj: ${f(m)}${hint ? ` — maksud Anda ${hint[1]}?` : ''}\n`;
    }
  }
  return `lkj: ${s.replace(/^error: /, '')}`;
}
