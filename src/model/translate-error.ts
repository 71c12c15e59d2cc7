import { EXIT, UserError, type ExitCode } from './errors.js';

/** What the CLI prints for a failure: one Indonesian line (or several for a workbook's errors). */
export interface TranslatedError {
  message: string;
  exitCode: ExitCode | 70;
  /** A bug in lkj: printed with its stack, exit 70. */
  internal: boolean;
  /** The original text (and stack), shown only with --debug. */
  original: string | null;
}

/** Exit code for a bug in lkj itself (not in the contract's 0–3, which all mean something else). */
export const EXIT_INTERNAL = 70;

/** Node's error codes for the file system, in Indonesian. */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'berkas atau folder tidak ada',
  EACCES: 'tidak ada izin',
  EPERM: 'tidak ada izin',
  EEXIST: 'sudah ada berkas atau folder dengan nama itu',
  ENOSPC: 'disk penuh',
  EDQUOT: 'kuota disk habis',
  EROFS: 'folder hanya-baca',
  EISDIR: 'jalur itu sebuah folder, bukan berkas',
  ENOTDIR: 'salah satu bagian jalurnya bukan folder',
  ENOTEMPTY: 'folder tidak kosong',
  EBUSY: 'berkas sedang dipakai program lain',
  EMFILE: 'terlalu banyak berkas terbuka',
  ENFILE: 'terlalu banyak berkas terbuka',
  ENAMETOOLONG: 'nama berkas terlalu panjang',
  ELOOP: 'tautan simbolik melingkar',
  EIO: 'galat baca/tulis perangkat',
  EXDEV: 'tidak dapat memindahkan berkas antar-disk',
};

/** What the syscall was doing, for "Tidak dapat <verb> ...". */
const FS_VERBS: Record<string, string> = {
  open: 'membuka',
  read: 'membaca',
  write: 'menulis',
  mkdir: 'membuat folder',
  rename: 'mengganti nama',
  scandir: 'membaca folder',
  stat: 'memeriksa',
  lstat: 'memeriksa',
  unlink: 'menghapus',
  rmdir: 'menghapus folder',
  copyfile: 'menyalin',
  spawn: 'menjalankan',
  access: 'mengakses',
  fsync: 'menulis',
};

/**
 * English fragments of the libraries lkj uses (puppeteer, exceljs, Handlebars, Node) and
 * what they mean to the person running lkj. Matched anywhere in a message, so also inside
 * a wrapped one ("Pencetakan PDF gagal: Protocol error ...: Target closed").
 */
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  // puppeteer
  [/Target closed|Session closed|Connection closed|TargetCloseError|browser has disconnected|Browser closed/i, () => 'peramban tertutup atau mogok saat mencetak'],
  [/Navigation timeout|Timeout .*exceeded|TimeoutError|timed out/i, () => 'peramban tidak menjawab dalam batas waktu'],
  [/Failed to launch the browser process|spawn .* ENOENT|Could not find (?:Chrome|Chromium|browser)|Browser was not found/i, () => 'peramban tidak dapat dijalankan (berkasnya tidak ada atau rusak; pakai --browser PATH)'],
  [/Protocol error/i, () => 'peramban menolak perintah cetak'],
  [/net::ERR_[A-Z_]+/, (m) => `peramban gagal memuat halaman (${m[0]})`],
  // exceljs
  [/Worksheet name already exists: (.+)/i, (m) => `nama sheet "${m[1]!.trim()}" sudah dipakai`],
  [/Worksheet name (.+?) exceeds 31 chars/i, (m) => `nama sheet "${m[1]!.trim()}" lebih dari 31 karakter`],
  [/Worksheet name .*cannot include any of the following characters/i, () => 'nama sheet memuat karakter terlarang (* ? : \\ / [ ])'],
  [/Worksheet name cannot be 'History'/i, () => 'nama sheet "History" tidak boleh dipakai'],
  [/Can't find end of central directory|End of data reached|Corrupted zip|invalid (?:zip|signature)/i, () => 'berkas zip/xlsx rusak'],
  // Handlebars
  [/"([^"]+)" not defined in \[object Object\]/, (m) => `medan "${m[1]}" tidak dikenal (tidak ada di data laporan)`],
  [/"([^"]+)" not defined in (.+)/, (m) => `medan "${m[1]}" tidak dikenal`],
  [/The partial (\S+) could not be found/, (m) => `partial "${m[1]}" tidak ditemukan`],
  [/Missing helper: "([^"]+)"/, (m) => `helper "${m[1]}" tidak dikenal`],
  [/Parse error on line (\d+):[\s\S]*?Expecting ([^,]+(?:, [^,]+)*), got '([^']+)'/, (m) => `kesalahan sintaks Handlebars (ditemukan ${describeToken(m[3]!)})`],
  [/Parse error on line (\d+)/, () => 'kesalahan sintaks Handlebars'],
  [/(\S+) doesn't match (\S+)/, (m) => `blok {{#${m[1]}}} ditutup dengan {{/${m[2]}}}`],
  [/Must pass iterator to #(\w+)/, (m) => `{{#${m[1]}}} memerlukan daftar`],
  // Node, when only the text is left
  [/\b(ENOENT|EACCES|EPERM|EEXIST|ENOSPC|EDQUOT|EROFS|EISDIR|ENOTDIR|ENOTEMPTY|EBUSY|EMFILE|ENFILE|ENAMETOOLONG|ELOOP|EIO|EXDEV)\b/, (m) => FS_REASONS[m[1]!]!],
  [/JavaScript heap out of memory|Allocation failed/i, () => 'memori tidak cukup'],
];

function describeToken(t: string): string {
  if (t === 'EOF') return 'akhir berkas; ada blok {{#...}} yang belum ditutup';
  if (t === 'CLOSE' || t === 'CLOSE_UNESCAPED') return '"}}" yang tidak pada tempatnya';
  if (t === 'INVALID') return 'tanda yang tidak sah';
  return `"${t}" yang tidak pada tempatnya`;
}

/** The Indonesian reading of an English library message, or null when it is not one lkj knows. */
export function translateReason(text: string): string | null {
  for (const [re, f] of REASONS) {
    const m = re.exec(text);
    if (m) return f(m);
  }
  return null;
}

/**
 * Replaces the English tail of one of lkj's own messages ("Pencetakan PDF gagal: Protocol
 * error (Page.printToPDF): Target closed") with its Indonesian reading. Only the text after
 * lkj's Indonesian lead is looked at, so a workbook value quoted in a message is never touched.
 */
export function translateMessage(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      const m = /^(.*?(?:gagal|Tidak dapat|tidak dapat)[^:]*): (.+)$/.exec(line);
      const reason = m ? translateReason(m[2]!) : null;
      return m && reason !== null ? `${m[1]}: ${reason}.` : line;
    })
    .join('\n');
}

function isErrno(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!);
}

function isPuppeteerError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return ['TimeoutError', 'ProtocolError', 'TargetCloseError', 'UnsupportedOperation'].includes(err.name) || /Protocol error|Target closed|Failed to launch the browser/i.test(err.message);
}

function originalText(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    parts.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
    e = e instanceof Error ? e.cause : undefined;
    if (e !== undefined) parts.push('disebabkan oleh:');
  }
  return parts.join('\n');
}

/**
 * Any failure → what the CLI prints and its exit code. lkj's own UserErrors keep their
 * message (English library text inside is translated); Node file-system errors, puppeteer
 * and exceljs/Handlebars failures become one Indonesian line; anything else is a bug (70).
 */
export function translateError(err: unknown): TranslatedError {
  const original = originalText(err);
  if (err instanceof UserError) {
    // A workbook's problems are lkj's own Indonesian text quoting cell values: left as they are.
    const message = ['InvalidWorkbookError', 'StrictWarningsError'].includes(err.name) ? err.message : translateMessage(err.message);
    return { message, exitCode: err.exitCode, internal: false, original };
  }
  if (isErrno(err)) {
    const verb = FS_VERBS[err.syscall ?? ''] ?? 'memakai';
    const path = err.path ? ` "${err.path}"` : '';
    const reason = FS_REASONS[err.code] ?? translateReason(err.message) ?? err.code;
    if (err.syscall === 'spawn') {
      return { message: `Tidak dapat menjalankan${path}: ${reason}.`, exitCode: EXIT.render, internal: false, original };
    }
    return { message: `Tidak dapat ${verb}${path}: ${reason}.`, exitCode: EXIT.input, internal: false, original };
  }
  if (isPuppeteerError(err)) {
    const reason = translateReason(`${(err as Error).name} ${(err as Error).message}`) ?? 'peramban gagal';
    return { message: `Pencetakan PDF gagal: ${reason}.`, exitCode: EXIT.render, internal: false, original };
  }
  const text = err instanceof Error ? err.message : String(err);
  if (/^Worksheet name|Corrupted zip|end of central directory/i.test(text)) {
    return { message: `Buku kerja tidak dapat dibuat atau dibaca: ${translateReason(text)}.`, exitCode: EXIT.input, internal: false, original };
  }
  return {
    message: `galat internal (bug di lkj, bukan di buku kerja Anda) — mohon laporkan beserta keterangan ini:\n${original}`,
    exitCode: EXIT_INTERNAL,
    internal: true,
    original,
  };
}

/** One line for a batch log / summary: the translated message, first line only. */
export function oneLine(err: unknown): string {
  const t = translateError(err);
  return t.internal ? `galat internal (bug): ${err instanceof Error ? err.message : String(err)}` : t.message.split('\n')[0]!;
}
