import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';

describe('batch --rekap', () => {
  it('annual reports: Rekap_Tahunan_<Tahun>, always PDF + XLSX even when the reports are Word documents', async () => {
    const out = tempDir();
    const r = await cli(['batch', '--dokumen', 'lkj-tahunan', '--format', 'docx', '--rekap', '--out', out, 'samples/bidang-pelatihan-produktivitas.xlsx', 'samples/dinkes-bidang-p2p.xlsx']);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(2);
    expect(existsSync(join(out, 'Rekap_Tahunan_2023.pdf'))).toBe(true);
    expect(existsSync(join(out, 'Rekap_Tahunan_2023.xlsx'))).toBe(true);
    expect(files.some((f) => f.startsWith('Rekap_TW'))).toBe(false);
    const text = flat(await pdfText(join(out, 'Rekap_Tahunan_2023.pdf')));
    expect(text).toContain('REKAPITULASI CAPAIAN KINERJA TAHUN 2023');
    expect(text).not.toContain('TRIWULAN IV');
  }, 240_000);
});
