import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .css file of the built-in templates. */
function stylesheets(dir = 'templates'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

describe('built-in stylesheets', () => {
  it('are found', () => {
    expect(stylesheets()).toContain(join('templates', 'lkj-tahunan', 'style.css'));
  });

  // Chromium paints a transformed box into every page of the PDF (off the page), and not on
  // every run: the annual report's Daftar Isi leaders made its PDF differ between two runs.
  it.each(stylesheets())('%s uses no CSS transform (the PDF would not be the same twice)', (file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/(^|[\s;{])transform\s*:/);
  });
});
