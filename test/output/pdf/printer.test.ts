import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Printer } from '../../../src/output/pdf/printer.js';
import { findBrowser } from '../../../src/output/pdf/find-browser.js';
import { launchBrowser } from '../../../src/output/pdf/launch-browser.js';
import { flat, pdfText } from '../../helpers/pdf-text.js';
import { tempDir } from '../../helpers/xlsx.js';

const doc = (marker: string) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${marker}</title></head><body><h1>Laporan ${marker}</h1><p>Isi ${marker}.</p></body></html>`;

describe('Printer reuses pages across reports', () => {
  const dir = tempDir();
  let pagesSeen = 0;
  const session = new Printer(findBrowser(), {
    launch: async (path) => {
      const b = await launchBrowser(path);
      b.on('targetcreated', (t) => {
        if (t.type() === 'page') pagesSeen++;
      });
      return b;
    },
    printsPerPage: 3,
  });
  afterAll(() => session.close());

  it('prints each document without anything of the one before, opening a new page only every 3 prints', async () => {
    const markers = ['ALFA', 'BRAVO', 'CHARLIE', 'DELTA', 'ECHO', 'FOXTROT', 'GOLF'];
    for (const m of markers) {
      const file = join(dir, `${m}.pdf`);
      writeFileSync(file, await session.print(doc(m), { timeoutMs: 30_000 }));
      const text = flat(await pdfText(file));
      expect(text).toContain(`Laporan ${m} Isi ${m}.`);
      for (const other of markers.filter((x) => x !== m)) expect(text).not.toContain(other);
    }
    // 7 prints, 3 per page: pages opened for prints 1, 4 and 7.
    expect(pagesSeen).toBe(3);
    expect(session.launches).toBe(1);
  });

  it('a page of a browser that died is not printed in again', async () => {
    const b = await session.get();
    b.process()?.kill('SIGKILL');
    await new Promise<void>((resolve) => (b.connected ? b.once('disconnected', () => resolve()) : resolve()));
    const file = join(dir, 'after.pdf');
    writeFileSync(file, await session.print(doc('HOTEL'), { timeoutMs: 30_000 }));
    expect(flat(await pdfText(file))).toContain('Laporan HOTEL');
    expect(session.launches).toBe(2);
  });
});
