/**
 * Prints a built document to Chromium's PDF. A kind that prints its own page numbers (the
 * annual LKj's Daftar Isi) is printed twice in the same warm page: the first print tells on
 * which page each bookmarked heading landed, the view model takes those numbers and is
 * printed again. A third print only if the numbers moved the headings (they are as wide as
 * the placeholders, so in practice they don't).
 */
import { renderHtml } from '../output/html/render-html.js';
import { outlinePages } from '../output/pdf/outline-pages.js';
import type { BuiltReport } from './build-report.js';
import { documentKind, type ReportOptions } from './document-kinds.js';

export async function printDocument(
  report: BuiltReport,
  options: Pick<ReportOptions, 'dokumen' | 'templatesDir'>,
  print: (html: string) => Promise<Uint8Array>,
): Promise<{ raw: Uint8Array; report: BuiltReport }> {
  const spec = documentKind(options.dokumen);
  let raw = await print(report.html);
  if (!spec.paginate) return { raw, report };
  let current = report;
  let pages = await outlinePages(raw);
  for (let pass = 0; pass < 2; pass++) {
    const vm = spec.paginate(current.vm, pages);
    const html = await renderHtml(vm, { kind: spec.templates, templatesDir: options.templatesDir });
    if (html === current.html) break;
    current = { ...current, vm, html };
    raw = await print(html);
    const again = await outlinePages(raw);
    const same = again.length === pages.length && again.every((p, i) => p.page === pages[i]!.page);
    pages = again;
    if (same) break;
  }
  return { raw, report: current };
}
