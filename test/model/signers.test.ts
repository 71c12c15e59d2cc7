import { describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/model/errors.js';
import { ANCHOR_CANDIDATES, buildTteView, chooseAnchors, collectText, markerRgb, nipDigits, roleOf, svgText } from '../../src/model/signers.js';

describe('anchors', () => {
  it('takes # and $ when the document text has neither', () => {
    expect(chooseAnchors(2, ['Capaian 100%', 'Rp 13.600.000,-'])).toEqual(['#', '$']);
  });
  it('skips any candidate the document text already has, so each anchor occurs once', () => {
    expect(chooseAnchors(2, ['Nomor #3 di workbook', 'US$ 5'])).toEqual(['^', '~']);
    expect(chooseAnchors(1, ['a$b'])).toEqual(['#']);
  });
  it('fails when no candidate is free, as a problem the person can fix (Indonesian, exit 1)', () => {
    expect(() => chooseAnchors(1, [ANCHOR_CANDIDATES.join('')])).toThrow(UserError);
    try {
      chooseAnchors(1, [ANCHOR_CANDIDATES.join('')]);
    } catch (err) {
      expect((err as UserError).exitCode).toBe(EXIT.input);
      expect((err as UserError).message).toMatch(/tidak ada tanda jangkar yang bebas.*hapus salah satu karakter/);
    }
  });
  it('reads chart SVGs for their text only: colours like #1f77b4 do not count, labels do', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#1f77b4"/><text>Capaian &#36; &amp; &#x5E;</text></svg>';
    expect(svgText(svg)).toContain('Capaian $ & ^');
    const texts = collectText({ a: 'x', chart: { svg }, logo: 'data:image/png;base64,#$' });
    expect(chooseAnchors(2, texts)).toEqual(['#', '~']);
  });
});

describe('buildTteView', () => {
  it('gives each signer an anchor, a distinct marker colour and the box size', () => {
    const v = buildTteView(
      [
        { key: 'kepala', role: 'Kepala', name: 'A', nip: '1' },
        { key: 'atasan', role: 'Atasan', name: 'B', nip: null },
      ],
      ['teks #'],
      { widthMm: 50, heightMm: 25 },
    );
    expect(v.signers.kepala!.anchor).toBe('$');
    expect(v.signers.atasan!.anchor).toBe('^');
    expect(v.signers.kepala!.marker).toBe(`rgb(${markerRgb(0).join(', ')})`);
    expect(new Set(v.list.map((s) => s.marker)).size).toBe(2);
    expect(v.box).toEqual({ widthMm: 50, heightMm: 25 });
    expect(v.footer).toContain('Balai Besar Sertifikasi Elektronik (BSrE), BSSN');
  });
  it('reads role and NIP from the printed signature block', () => {
    expect(roleOf('Kepala Dinas Tenaga Kerja,')).toBe('Kepala Dinas Tenaga Kerja');
    expect(nipDigits('NIP. 19670606 199202 1 001')).toBe('19670606 199202 1 001');
    expect(nipDigits(null)).toBeNull();
  });
});
