/**
 * `--qr` in the PDFs of the year's opening documents: the verification block is printed once,
 * on the page of the unit head's main signature (the PK's agreement page, the Rencana Aksi's
 * signature), found through the `--tte` sidecar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';
import { writeYearWorkbook } from './pk-rencana-aksi-fixture.js';

const QR = 'https://sakip.example.go.id/v/{id}';

interface Sidecar { signers: { anchor: string; boxes: { page: number }[] }[] }

describe.each(['pk', 'rencana-aksi'])('lkj generate --dokumen %s --tte --qr', (dokumen) => {
  it('prints the URL with the document id and the id once, on the page of the head’s main signature', async () => {
    const dir = tempDir();
    const xlsx = await writeYearWorkbook(dir);
    const r = await cli(['generate', '--dokumen', dokumen, '--tte', '--qr', QR, '--out', join(dir, 'out'), xlsx]);
    expect(r.code).toBe(0);
    const pdf = r.stdout.trim();
    const side = JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.tte.json'), 'utf8')) as Sidecar;
    const pages = (await pdfText(pdf)).split('\f').slice(0, -1).map(flat);
    const m = /ID dokumen: ([0-9A-F]{20})/.exec(pages.join(' '));
    expect(m).not.toBeNull();
    const on = (s: string) => pages.flatMap((p, i) => (p.includes(s) ? [i + 1] : []));
    // The head (`kepala`) is the first signer; their first box is at the main signature.
    const page = side.signers[0]!.boxes[0]!.page;
    expect(on(`Verifikasi dokumen: ${QR.replace('{id}', m![1]!)}`)).toEqual([page]);
    expect(on(`ID dokumen: ${m![1]}`)).toEqual([page]);
    // The anchors stay unique with the block's text on the page.
    for (const s of side.signers) expect(pages.join(' ').split(s.anchor).length - 1).toBe(1);
  });
});
