// Builds what bin/lkj runs: all of lkj and its libraries as one CommonJS file (dist/lkj.cjs,
// loaded through V8's code cache by dist/boot.js; see src/boot/run-bundle.ts for why).
// Run by `npm run build` after the type check.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import Handlebars from 'handlebars';
import { build } from 'esbuild';

/**
 * puppeteer-core pulls in @puppeteer/browsers' download code, and with it proxy-agent and a
 * JavaScript engine for proxy auto-config scripts: a third of the bundle, loaded at every
 * start. lkj never downloads a browser (it uses the one on the machine), so that one import
 * is replaced by a class that says so if it is ever reached.
 */
const noBrowserDownloads = {
  name: 'no-browser-downloads',
  setup(b) {
    b.onResolve({ filter: /^proxy-agent$/ }, () => ({ path: 'proxy-agent', namespace: 'lkj-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'lkj-stub' }, () => ({
      contents: 'export class ProxyAgent { constructor() { throw new Error("lkj does not download browsers (proxy-agent is not bundled)"); } }',
      loader: 'js',
    }));
  },
};

/**
 * The built-in report templates, precompiled (see src/output/html/precompiled-templates.ts): with
 * the same options render-html.ts compiles with, keyed by path under templates/.
 */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]output[\\/]html[\\/]precompiled-templates\.ts$/ }, () => {
      // Every template set (templates/<kind>/layout.hbs and partials/*.hbs), keyed `<kind>/<file>`.
      const files = readdirSync('templates', { recursive: true })
        .map((f) => String(f).split('\\').join('/'))
        .filter((f) => f.endsWith('.hbs'))
        .sort();
      const entries = files.map((rel) => {
        const source = readFileSync(`templates/${rel}`, 'utf8');
        return `[${JSON.stringify(rel)}, { source: ${JSON.stringify(source)}, spec: ${Handlebars.precompile(source, { strict: true, noEscape: false })} }]`;
      });
      return { contents: `export const PRECOMPILED_TEMPLATES = new Map([\n${entries.join(',\n')}\n]);`, loader: 'js', watchFiles: files.map((f) => `templates/${f}`) };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
const program = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import.meta.url has no CommonJS meaning; every module of the bundle is in this one file.
  define: { 'import.meta.url': '__lkj_bundle_url' },
  banner: { js: 'var __lkj_bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  // Smaller to read and parse; names are kept so an internal error's stack stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [noBrowserDownloads, precompiledTemplates],
  // A native module (its .node binary cannot be bundled): loaded from node_modules at run time.
  external: ['@resvg/resvg-js'],
};
await build({ ...program, entryPoints: ['src/main.ts'], outfile: 'dist/lkj.cjs' });
// The thread that builds Word documents in `lkj batch --format docx` (src/commands/report-workers.ts
// starts it from next to dist/lkj.cjs): only what building a report needs, loaded once per thread.
await build({ ...program, entryPoints: ['src/commands/report-worker.ts'], outfile: 'dist/report-worker.cjs' });
await build({
  entryPoints: ['src/boot/run-bundle.ts'],
  outfile: 'dist/boot.js',
  // Only src/write/make-dirs.ts is pulled in; the boot code stays small.
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
