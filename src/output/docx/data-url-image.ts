/**
 * An image given as a data URL (PNG, JPEG or SVG, as view models carry logos) as a Word
 * picture of a printed size: SVG drawn to PNG with the bundled fonts, proportions kept.
 * Kind-neutral: a document's Word mapping receives it as a function.
 */
import type { CoverSpec } from '../../model/docx-document.js';
import { imageSize } from './image-size.js';
import { svgToPng } from './svg-to-png.js';

const MM_TO_PT = 72 / 25.4;

/** Fits the image into `maxHeightMm` × `maxWidthMm`; null for what is not a usable image. */
export function dataUrlImage(dataUrl: string | null, alt: string, maxHeightMm = 45, maxWidthMm = 70): CoverSpec['logo'] {
  if (dataUrl === null) return null;
  const m = /^data:image\/(png|jpeg|svg\+xml);base64,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  const bytes = Buffer.from(m[2]!, 'base64');
  let image: { type: 'png' | 'jpg'; data: Uint8Array; width: number; height: number } | null;
  if (m[1] === 'svg+xml') {
    image = { type: 'png', ...svgToPng(bytes.toString('utf8'), 4) };
  } else {
    const type = m[1] === 'png' ? 'png' : 'jpg';
    const size = imageSize(bytes, type);
    image = size ? { type, data: bytes, ...size } : null;
  }
  if (!image || image.width === 0 || image.height === 0) return null;
  const scale = Math.min((maxHeightMm * MM_TO_PT) / image.height, (maxWidthMm * MM_TO_PT) / image.width);
  return { type: image.type, data: image.data, width: image.width * scale, height: image.height * scale, alt };
}
