import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext sees it (layout off, one space between words). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** pdfinfo fields (Title, Pages, Page size, …). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Collapses whitespace so phrases can be matched across line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
