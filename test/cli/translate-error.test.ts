import { describe, expect, it } from 'vitest';
import { EXIT_INTERNAL, translateError, translateMessage } from '../../src/model/translate-error.js';
import { RenderError, UserError } from '../../src/model/errors.js';
import { InvalidWorkbookError } from '../../src/validate/invalid-workbook-error.js';

/** An error as Node's fs functions make them. */
function errno(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

const ENGLISH = /\b(no such file|permission denied|not defined|Protocol error|Target closed|Worksheet|Parse error|exceeded|Failed to launch)\b/i;

describe('translateError: one Indonesian line, the original kept for --debug', () => {
  it.each([
    ['ENOENT', 'open', 'membuka', 'berkas atau folder tidak ada'],
    ['EACCES', 'open', 'membuka', 'tidak ada izin'],
    ['EEXIST', 'mkdir', 'membuat folder', 'sudah ada berkas atau folder dengan nama itu'],
    ['ENOSPC', 'write', 'menulis', 'disk penuh'],
    ['EISDIR', 'open', 'membuka', 'jalur itu sebuah folder, bukan berkas'],
    ['EROFS', 'rename', 'mengganti nama', 'folder hanya-baca'],
  ])('Node %s (%s)', (code, syscall, verb, reason) => {
    const t = translateError(errno(code, syscall, '/data/x.pdf'));
    expect(t).toMatchObject({ message: `Tidak dapat ${verb} "/data/x.pdf": ${reason}.`, exitCode: 1, internal: false });
    expect(t.original).toContain(code);
  });

  it('puppeteer: a closed target, a timeout, a failed launch (exit 3)', () => {
    const closed = Object.assign(new Error('Protocol error (Page.printToPDF): Target closed'), { name: 'TargetCloseError' });
    expect(translateError(closed)).toMatchObject({ message: 'Pencetakan PDF gagal: peramban tertutup atau mogok saat mencetak.', exitCode: 3 });
    const timeout = Object.assign(new Error('Navigation timeout of 30000 ms exceeded'), { name: 'TimeoutError' });
    expect(translateError(timeout)).toMatchObject({ message: 'Pencetakan PDF gagal: peramban tidak menjawab dalam batas waktu.', exitCode: 3 });
    // lkj's own wrappers keep their Indonesian lead; the English tail is replaced.
    const wrapped = new RenderError('Pencetakan PDF gagal: Protocol error (Page.printToPDF): Target closed');
    expect(translateError(wrapped).message).toBe('Pencetakan PDF gagal: peramban tertutup atau mogok saat mencetak.');
    const launch = new RenderError('Peramban "/opt/chrome" gagal dijalankan: Failed to launch the browser process!');
    const t = translateError(launch);
    expect(t.message).toMatch(/^Peramban "\/opt\/chrome" gagal dijalankan: peramban tidak dapat dijalankan/);
    expect(t.exitCode).toBe(3);
    expect(t.original).toContain('Failed to launch the browser process');
  });

  it('exceljs and Handlebars messages', () => {
    expect(translateError(new Error('Worksheet name already exists: Capaian Kinerja')).message).toBe(
      'Buku kerja tidak dapat dibuat atau dibaca: nama sheet "Capaian Kinerja" sudah dipakai.',
    );
    expect(translateMessage('Templat x.hbs gagal: "judull" not defined in [object Object]')).toBe('Templat x.hbs gagal: medan "judull" tidak dikenal (tidak ada di data laporan).');
  });

  it('messages of a workbook are lkj\'s own text and are never rewritten, even when a cell quotes English', () => {
    const err = new InvalidWorkbookError('a.xlsx', [
      { severity: 'error', code: 'type-error', sheet: 'Indikator', cell: 'E4', value: 'Target closed', message: 'Target harus berupa angka, ditemukan "gagal: Target closed".' },
    ]);
    expect(translateError(err).message).toBe(err.message);
    const plain = new UserError('Berkas "a.xlsx" sudah ada; pakai --force untuk menimpanya.');
    expect(translateError(plain).message).toBe(plain.message);
  });

  it('anything else is a bug: exit 70 with its stack, said to be a bug', () => {
    const t = translateError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(t.internal).toBe(true);
    expect(t.exitCode).toBe(EXIT_INTERNAL);
    expect(t.message).toContain('galat internal (bug di lkj');
    expect(t.message).toMatch(/\n\s+at /);
  });

  it('translated messages carry no English library text', () => {
    for (const e of [errno('EACCES', 'open', 'x'), Object.assign(new Error('Protocol error: Target closed'), { name: 'ProtocolError' }), new Error('Worksheet name already exists: A')]) {
      expect(translateError(e).message).not.toMatch(ENGLISH);
    }
  });
});
