/**
 * The signature boxes are read back from the PDF's content streams: filled rectangles in a
 * signer's marker colour, mapped through the transformation matrix to page coordinates.
 */
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildTteView } from '../../../src/model/signers.js';
import { filledRects, findMarkerBoxes, tteSidecar } from '../../../src/output/pdf/tte-boxes.js';

describe('filledRects', () => {
  it('maps a rectangle through nested cm operators and restores the matrix at Q', () => {
    // Chromium's shape: flip to top-left origin in CSS pixels, then scale pixels to points.
    const content = [
      '.75 0 0 -.75 0 842 cm',
      'q 2 0 0 2 10 20 cm',
      '.9961 .9922 .9882 rg',
      '5 6 30 40 re f',
      'Q',
      '0 0 0 rg (a \\) b) Tj <0041> Tj /Name <</MCID 3>> BDC',
      '.9961 .9922 .9882 rg 100 200 8 4 re f',
      '1 1 1 rg 0 0 10 10 re S',
    ].join('\n');
    const rects = filledRects(content);
    expect(rects).toHaveLength(2);
    // Inner matrix = [2 0 0 2 10 20] × [.75 0 0 -.75 0 842] = [1.5 0 0 -1.5 7.5 827].
    const x = 1.5 * 5 + 7.5;
    const yTop = -1.5 * 6 + 827;
    expect(rects[0]).toEqual({ rgb: [254, 253, 252], rect: { x, y: yTop - 1.5 * 40, width: 1.5 * 30, height: 1.5 * 40 } });
    // After Q, the outer matrix alone.
    expect(rects[1]!.rect).toEqual({ x: 0.75 * 100, y: 842 - 0.75 * 204, width: 0.75 * 8, height: 0.75 * 4 });
  });

  it('ignores stroked rectangles, clips, curves and paths that are not rectangles; reads closed m/l rectangles', () => {
    const rects = filledRects('1 0 0 rg 0 0 5 5 re W n 0 0 5 5 re S 0 0 m 5 5 l 0 5 l h f 0 0 m 1 1 2 2 3 3 c 3 0 l 0 0 l f 1 2 3 4 re f 10 20 m 10 24 l 13 24 l 13 20 l h f');
    expect(rects.map((r) => r.rect)).toEqual([
      { x: 1, y: 2, width: 3, height: 4 },
      { x: 10, y: 20, width: 3, height: 4 },
    ]);
  });
});

describe('findMarkerBoxes and tteSidecar on a PDF', () => {
  it('finds each signer’s boxes on their pages, in points from the bottom left', async () => {
    const doc = await PDFDocument.create();
    const p1 = doc.addPage([595, 842]);
    const p2 = doc.addPage([595, 842]);
    const view = buildTteView(
      [
        { key: 'kepala', role: 'Kepala Bidang', name: 'A', nip: '1' },
        { key: 'atasan', role: 'Kepala Dinas', name: 'B', nip: null },
      ],
      [],
    );
    const colour = (i: number) => rgb(...(view.list[i]!.markerRgb.map((c) => c / 255) as [number, number, number]));
    p1.drawRectangle({ x: 100, y: 300, width: 113, height: 57, color: colour(0) });
    p1.drawRectangle({ x: 0, y: 0, width: 50, height: 50, color: rgb(0.5, 0.5, 0.5) });
    p2.drawRectangle({ x: 350, y: 400, width: 113, height: 57, color: colour(1) });
    p2.drawRectangle({ x: 100, y: 100, width: 113, height: 57, color: colour(0) });
    const bytes = await doc.save();

    const found = await findMarkerBoxes(bytes, view.list.map((s) => s.markerRgb));
    expect(found.get(view.list[0]!.markerRgb.join(','))).toEqual([
      { page: 1, x: 100, y: 300, width: 113, height: 57 },
      { page: 2, x: 100, y: 100, width: 113, height: 57 },
    ]);
    const sidecar = await tteSidecar(bytes, view, 'x.pdf');
    expect(sidecar.signers.map((s) => [s.name, s.anchor, s.boxes.length])).toEqual([
      ['A', '#', 2],
      ['B', '$', 1],
    ]);
    expect(sidecar.signers[1]!.boxes[0]).toEqual({ page: 2, x: 350, y: 400, width: 113, height: 57 });
  });

  it('refuses to describe a PDF in which a signer has no box (exit 3, no sidecar)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    const view = buildTteView([{ key: 'kepala', role: 'Kepala', name: 'A', nip: null }], []);
    await expect(tteSidecar(await doc.save(), view, 'x.pdf')).rejects.toMatchObject({ name: 'RenderError', message: expect.stringContaining('A') });
  });
});
