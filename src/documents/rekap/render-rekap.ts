import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_TEMPLATES_DIR, fontFaceCss } from '../../output/html/render-html.js';
import type { RekapView } from './rekap-view-model.js';

let compiled: Promise<HandlebarsTemplateDelegate> | null = null;

/** The Rekap as one self-contained HTML page (fonts and CSS inlined). */
export async function renderRekapHtml(view: RekapView): Promise<string> {
  compiled ??= readFile(join(BUILTIN_TEMPLATES_DIR, 'rekap', 'rekap.hbs'), 'utf8').then((src) =>
    Handlebars.create().compile(src, { strict: true }),
  );
  const css = `${await fontFaceCss()}\n${await readFile(join(BUILTIN_TEMPLATES_DIR, 'rekap', 'rekap.css'), 'utf8')}`;
  return (await compiled)({ ...view, css });
}
