import ExcelJS from 'exceljs';
import { readFile, stat } from 'node:fs/promises';
import type { ProblemCode } from '../model/problem.js';
import { inflatesWithin, inspectZip } from './inspect-zip.js';
import { keepFormatCodes } from './keep-format-codes.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { EMPTY, type CellValue, type RawCell, type RawRow, type RawSheet, type RawWorkbook } from './raw-workbook.js';

/** The file cannot be read as an .xlsx workbook at all; `code` is a problem code. */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

const MB = 1024 * 1024;

/**
 * Loads an .xlsx file into plain cell data. This is the only module that touches exceljs
 * for reading; it checks what the file really is before handing it to exceljs.
 */
export async function readWorkbook(file: string, limits: Limits = DEFAULT_LIMITS): Promise<RawWorkbook> {
  const buf = await loadBytes(file, limits);
  checkContainer(buf, limits);
  keepFormatCodes();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookFileError('not-xlsx', `Berkas tidak dapat dibaca sebagai buku kerja .xlsx (rusak?): ${shortReason(err)}.`);
  }
  const sheets: RawSheet[] = [];
  for (const ws of wb.worksheets) {
    // Rows that hold values: formatting alone (borders down to row 60 000) does not count.
    if (ws.actualRowCount > limits.maxRows + 50) {
      throw new WorkbookFileError(
        'too-many-rows',
        `Sheet "${ws.name}" berisi ${ws.actualRowCount} baris; batasnya ${limits.maxRows} baris data.`,
      );
    }
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawRow['cells'] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // A merged cell's followers repeat the master's value in exceljs; for us they are
        // continuations (blank), as the user sees them.
        const follower = cell.isMerged && cell.master.address !== cell.address;
        const { value, formula } = follower ? { value: EMPTY, formula: false } : toCellValue(cellValue(cell));
        // A formula without a stored result stays: empty text is fine, a missing number is not.
        if (value.kind === 'empty' && !formula) return;
        if (value.kind === 'string' && value.value.trim() === '') return;
        const raw: RawCell = { address: cell.address, row: rowNumber, col: colNumber, value, formula };
        const numFmt = follower ? undefined : cell.numFmt;
        if (numFmt && numFmt !== 'General') raw.numFmt = numFmt;
        cells.push(raw);
      });
      if (cells.some((c) => c.value.kind !== 'empty')) rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: ws.name, rows });
  }
  return { sheets };
}

async function loadBytes(file: string, limits: Limits): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new WorkbookFileError('file-not-found', 'Berkas tidak ditemukan.');
  }
  if (info.isDirectory()) throw new WorkbookFileError('not-a-file', 'Ini sebuah folder, bukan berkas .xlsx.');
  if (info.size === 0) throw new WorkbookFileError('not-xlsx', 'Berkas kosong (0 byte), bukan buku kerja .xlsx.');
  if (info.size > limits.maxFileBytes) {
    throw new WorkbookFileError(
      'file-too-large',
      `Berkas berukuran ${(info.size / MB).toFixed(1)} MB; batasnya ${(limits.maxFileBytes / MB).toFixed(0)} MB.`,
    );
  }
  try {
    return await readFile(file);
  } catch (err) {
    throw new WorkbookFileError('file-not-found', `Berkas tidak dapat dibaca: ${shortReason(err)}.`);
  }
}

/** Tells .xls, encrypted .xlsx, .ods, CSV and zip bombs apart from a real .xlsx. */
function checkContainer(buf: Buffer, limits: Limits): void {
  const ole = buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1;
  if (ole) {
    // Excel stores password-protected .xlsx inside the same OLE container as old .xls files.
    const encrypted = buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new WorkbookFileError(
      'not-xlsx',
      encrypted
        ? 'Buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan lagi sebagai .xlsx.'
        : 'Ini berkas Excel lama (.xls); buka di Excel lalu "Simpan Sebagai" Buku Kerja Excel (.xlsx).',
    );
  }
  const zip = buf.readUInt32LE(0) === 0x04034b50 ? inspectZip(buf) : null;
  if (!zip) {
    const head = buf.subarray(0, 512).toString('utf8');
    const looksText = !/[\u0000-\u0008\u000e-\u001f]/.test(head);
    throw new WorkbookFileError(
      'not-xlsx',
      looksText
        ? 'Isi berkas berupa teks (CSV?), bukan buku kerja .xlsx; buka di Excel lalu simpan sebagai .xlsx.'
        : 'Berkas bukan buku kerja .xlsx (bukan arsip zip yang sah; rusak?).',
    );
  }
  if (zip.entries > limits.maxZipEntries || zip.uncompressedBytes > limits.maxUncompressedBytes) {
    throw new WorkbookFileError(
      'file-too-large',
      `Isi arsip .xlsx terlalu besar setelah diekstrak (${zip.entries} entri, ${(zip.uncompressedBytes / MB).toFixed(0)} MB; batas ${limits.maxZipEntries} entri, ${(limits.maxUncompressedBytes / MB).toFixed(0)} MB).`,
    );
  }
  // Declared sizes can lie: inflate for real, stopping at the limit, before exceljs does.
  if (!inflatesWithin(buf, zip, limits.maxUncompressedBytes)) {
    throw new WorkbookFileError(
      'file-too-large',
      `Isi arsip .xlsx lebih dari ${(limits.maxUncompressedBytes / MB).toFixed(0)} MB setelah diekstrak (zip bomb?).`,
    );
  }
  if (zip.encrypted) throw new WorkbookFileError('not-xlsx', 'Arsip .xlsx terenkripsi; simpan ulang tanpa kata sandi.');
  if (zip.names.includes('content.xml') && !zip.names.includes('xl/workbook.xml')) {
    throw new WorkbookFileError('not-xlsx', 'Ini berkas OpenDocument (.ods); simpan sebagai Buku Kerja Excel (.xlsx).');
  }
  if (!zip.names.includes('xl/workbook.xml')) {
    throw new WorkbookFileError('not-xlsx', 'Arsip zip ini bukan buku kerja Excel (.xlsx).');
  }
}

type ExcelValue = ExcelJS.CellValue | undefined;

/**
 * The cell's value with a formula's cached result intact: exceljs's `cell.value` drops a
 * result that is 0, "" or FALSE, so it is taken from `cell.result` instead.
 */
function cellValue(cell: ExcelJS.Cell): ExcelValue {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    return { ...v, result: cell.result } as ExcelValue;
  }
  return v;
}

/** exceljs value shapes -> our CellValue (formula -> its cached result). */
function toCellValue(v: ExcelValue): { value: CellValue; formula: boolean } {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelValue }).result;
      if (result === undefined || result === null) {
        // No stored result: Excel's empty-text result ("") looks the same as a formula
        // saved by a script and never calculated. The validator decides per column.
        return { value: EMPTY, formula: true };
      }
      return { value: plain(result), formula: true };
    }
  }
  return { value: plain(v), formula: false };
}

function plain(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'error', value: '#NUM!' };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { kind: 'error', value: '#VALUE!' } : { kind: 'date', value: v };
  if ('error' in v) return { kind: 'error', value: String(v.error) };
  if ('richText' in v) return { kind: 'string', value: v.richText.map((r) => r.text).join('') };
  if ('text' in v) {
    const t = (v as { text: unknown }).text;
    if (typeof t === 'string') return { kind: 'string', value: t };
    if (t && typeof t === 'object' && 'richText' in t) {
      return { kind: 'string', value: (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
    }
  }
  if ('formula' in v || 'sharedFormula' in v) return toCellValue(v).value;
  return { kind: 'error', value: '#TIDAK-DIKENAL' };
}

function shortReason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 160);
}
