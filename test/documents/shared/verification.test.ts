import { describe, expect, it } from 'vitest';
import { buildVerification, documentId } from '../../../src/documents/shared/verification.js';

const bytes = new TextEncoder().encode('buku kerja');

describe('documentId', () => {
  it('is the same whatever the order of the options, at every level', () => {
    const a = documentId(bytes, { dokumen: 'lkj', tte: { widthMm: 40, heightMm: 20 }, pdfa: false });
    const b = documentId(bytes, { pdfa: false, tte: { heightMm: 20, widthMm: 40 }, dokumen: 'lkj' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9A-F]{20}$/);
  });

  it('changes with the workbook and with any option, nested ones included (the --tte box size)', () => {
    const base = documentId(bytes, { dokumen: 'lkj', tte: { widthMm: 40, heightMm: 20 } });
    expect(documentId(new TextEncoder().encode('buku kerja lain'), { dokumen: 'lkj', tte: { widthMm: 40, heightMm: 20 } })).not.toBe(base);
    expect(documentId(bytes, { dokumen: 'pk', tte: { widthMm: 40, heightMm: 20 } })).not.toBe(base);
    expect(documentId(bytes, { dokumen: 'lkj', tte: { widthMm: 50, heightMm: 25 } })).not.toBe(base);
  });
});

describe('buildVerification', () => {
  it('puts the id into the URL template and gives the QR code as SVG and as a PNG data URL', async () => {
    const v = await buildVerification('https://sakip.example.go.id/#/v/{id}?a=1', 'ABC123');
    expect(v.url).toBe('https://sakip.example.go.id/#/v/ABC123?a=1');
    expect(v.urlLine).toBe(`Verifikasi dokumen: ${v.url}`);
    expect(v.idLine).toBe('ID dokumen: ABC123');
    expect(v.svg.trimStart().startsWith('<svg')).toBe(true);
    const m = /^data:image\/png;base64,(.+)$/.exec(v.png);
    expect(m).not.toBeNull();
    // PNG signature.
    expect([...Buffer.from(m![1]!, 'base64').subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
