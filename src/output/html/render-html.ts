/**
 * Renders the report view model to one self-contained HTML document: Handlebars
 * layout + partials, the print stylesheet and the Tinos fonts inlined (no external
 * URLs, no JavaScript), ready for headless Chromium to print.
 *
 * Templates come from the built-in `templates/` directory; a `templatesDir` may
 * override any of its files by name (`layout.hbs`, `style.css`, `partials/<x>.hbs`, and the
 * shared stylesheets the kind builds on: `base.css`, `report.css`, `year-document.css`).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import Handlebars from 'handlebars';
import { EXIT, UsageError, UserError } from '../../model/errors.js';
import { translateReason } from '../../model/translate-error.js';
import { suggest } from '../../format/suggest.js';
import { PACKAGE_ROOT } from '../../model/package-root.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.js';
import { fontCssFor, textOf, withCoveredText } from '../../format/fonts.js';

export interface RenderHtmlOptions {
  /**
   * The template set under `templates/` (one per document kind: `lkj`, `rekap`, …); partials
   * in `templates/shared/partials/` are available to every set.
   */
  kind?: string;
  /** A directory whose files override the built-in templates of the same name. */
  templatesDir?: string;
}

/** The built-in templates shipped with lkj. */
export const BUILTIN_TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates') + path.sep;

/** A template that does not parse or fails while rendering; the message names file and line. */
/** A broken (own) template: the user's to fix, so exit 1 with file and line, no stack. */
export class TemplateError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null,
    options?: { cause?: unknown },
  ) {
    super(`Templat ${message}`, EXIT.input);
    this.name = 'TemplateError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** Partial names reserved for the inlined assets (not files). */
const FONTS_PARTIAL = 'lkj-fonts';
const STYLE_PARTIAL = 'lkj-style';

interface TemplateSource {
  /** Path relative to a templates directory, with `/`: `partials/cover.hbs`. */
  rel: string;
  /** Path for messages: `templates/partials/cover.hbs` or `<templatesDir>/partials/cover.hbs`. */
  display: string;
  text: string;
  /** From lkj's own templates folder (not an override). */
  builtin: boolean;
  /** Built-in only: path under `templates/` (`lkj/partials/cover.hbs`), the precompiled key. */
  key?: string;
}

/** The document kind's template set, when none is named. */
export const DEFAULT_TEMPLATE_SET = 'lkj';

/** Renders any view model with its kind's templates; the templates print only what it says. */
export async function renderHtml(vm: object, options: RenderHtmlOptions = {}): Promise<string> {
  const render = await compiledTemplates(options.kind ?? DEFAULT_TEMPLATE_SET, options.templatesDir);
  // Characters no bundled font has are replaced (the validator warns); only the font subsets
  // the text uses are inlined (src/format/fonts.ts).
  const covered = withCoveredText(vm);
  return render(covered, { data: { fontCss: fontCssFor(textOf(covered)) } });
}

/**
 * Templates are read and compiled once per process and templates folder: a batch renders
 * hundreds of reports with the same ones. A failure is not cached, so a fixed file is re-read.
 */
const compiledByDir = new Map<string, Promise<Render>>();

/** Forgets compiled templates, so the next render reads them again (`lkj generate --watch`). */
export function forgetCompiledTemplates(): void {
  compiledByDir.clear();
}

function compiledTemplates(kind: string, templatesDir: string | undefined): Promise<Render> {
  const key = `${kind}\u0000${templatesDir ?? ''}`;
  let compiled = compiledByDir.get(key);
  if (!compiled) {
    compiled = compileTemplates(kind, templatesDir);
    compiledByDir.set(key, compiled);
    compiled.catch(() => compiledByDir.delete(key));
  }
  return compiled;
}

async function compileTemplates(kind: string, templatesDir: string | undefined): Promise<Render> {
  if (templatesDir !== undefined) await checkTemplatesDir(templatesDir, kind);
  const dirs = templateDirs(kind, templatesDir);
  const [layout, styles, partialNames, fonts] = await Promise.all([
    loadTemplate(dirs, 'layout.hbs'),
    Promise.all(stylesheetsOf(kind).map((rel) => loadTemplate(dirs, rel))),
    listPartials(dirs),
    fontFaceCss(),
  ]);
  // One stylesheet in cascade order: the shared ones first, so the kind's rules win ties.
  const style = styles.map((s) => s.text).join('\n');
  const partials = await Promise.all(partialNames.map((name) => loadTemplate(dirs, `partials/${name}.hbs`)));

  const env = Handlebars.create();
  // Raw CSS as partials returning a string: printed unescaped, and never parsed as a template.
  env.registerPartial(FONTS_PARTIAL, (_ctx: unknown, o?: { data?: { fontCss?: string } }) => o?.data?.fontCss ?? fonts);
  env.registerPartial(STYLE_PARTIAL, () => style);
  for (const p of partials) {
    env.registerPartial(path.posix.basename(p.rel, '.hbs'), compile(env, p));
  }
  return compile(env, layout);
}

/** Every file below `dir`, as `/`-separated paths relative to it; hidden files and folders skipped. */
async function listTree(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listTree(dir, r)));
    else out.push(r);
  }
  return out.sort();
}

const builtinTrees = new Map<string, Promise<string[]>>();

/**
 * The files of a kind's built-in template set, shared partials included (what a --templates
 * folder may override), as paths relative to the set: `layout.hbs`, `partials/cover.hbs`.
 */
export function builtinTemplateFiles(kind: string = DEFAULT_TEMPLATE_SET): Promise<string[]> {
  let tree = builtinTrees.get(kind);
  if (!tree) {
    const sheets = new Set(stylesheetsOf(kind));
    tree = Promise.all([listTree(path.join(BUILTIN_TEMPLATES_DIR, kind)), listTree(path.join(BUILTIN_TEMPLATES_DIR, SHARED_SET)).catch(() => [])]).then(
      // Of the shared stylesheets only those the kind uses: another's would be silently ignored.
      ([own, shared]) => [...new Set([...own, ...shared.filter((f) => f.includes('/') || sheets.has(f))])].sort(),
    );
    builtinTrees.set(kind, tree);
  }
  return tree;
}

/**
 * `--templates DIR` must be a folder whose every file overrides a built-in template of the
 * same name (a misspelled `partials/sampul.hbs` would otherwise be silently ignored): a
 * usage error (exit 2) naming the folder or file otherwise. Hidden files (.DS_Store) are ignored.
 */
export async function checkTemplatesDir(dir: string, kind: string = DEFAULT_TEMPLATE_SET): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new UsageError(`--templates: folder "${dir}" tidak ada.`);
  if (!info.isDirectory()) throw new UsageError(`--templates: "${dir}" bukan folder.`);
  const builtin = await builtinTemplateFiles(kind);
  const known = new Set(builtin);
  let files: string[];
  try {
    files = await listTree(dir);
  } catch (err) {
    throw new UsageError(`--templates: folder "${dir}" tidak dapat dibaca: ${translateReason(String(err)) ?? String(err)}.`);
  }
  const unknown = files.filter((f) => !known.has(f));
  if (unknown.length > 0) {
    const lines = unknown.map((f) => {
      // Compared by name within the same folder: "partials/sampul.hbs" is not "partials/bab1.hbs".
      const folder = (x: string) => path.posix.dirname(x);
      const sameFolder = builtin.filter((b) => folder(b) === folder(f)).map((b) => ({ key: path.posix.basename(b), label: b }));
      const hint = suggest(path.posix.basename(f), sameFolder);
      return `--templates: "${path.join(dir, ...f.split('/'))}" tidak sesuai nama templat bawaan mana pun${hint ? ` — maksud Anda "${hint}"?` : ''}`;
    });
    lines.push(`Nama yang dapat diganti: ${builtin.join(', ')}.`);
    throw new UsageError(lines.join('\n'));
  }
}

/** Partials every template set may use (`templates/shared/partials/`), and shared stylesheets. */
const SHARED_SET = 'shared';

/**
 * The stylesheets in `templates/shared/` each kind's `style.css` builds on, in cascade order:
 * what every document with a cover shares, then what its family shares (the Laporan Kinerja,
 * quarterly and annual; the documents that open the year, PK and Rencana Aksi).
 */
const SHARED_STYLESHEETS: Readonly<Record<string, readonly string[]>> = {
  lkj: ['base.css', 'report.css'],
  'lkj-tahunan': ['base.css', 'report.css'],
  pk: ['base.css', 'year-document.css'],
  'rencana-aksi': ['base.css', 'year-document.css'],
};

/**
 * A kind's stylesheets as printed, in order: its shared ones, then its own `style.css`. Each is
 * looked up by name like any template (a --templates folder's file, else the built-in one), so
 * a user's `style.css` still comes after the shared rules, and a user's `report.css` replaces them.
 */
export function stylesheetsOf(kind: string): readonly string[] {
  const shared = Object.hasOwn(SHARED_STYLESHEETS, kind) ? (SHARED_STYLESHEETS[kind] ?? []) : [];
  return [...shared, 'style.css'];
}

interface Dirs {
  kind: string;
  /** The kind's built-in set, then the shared one. */
  builtin: string[];
  override: string | null;
}

function templateDirs(kind: string, templatesDir: string | undefined): Dirs {
  return { kind, builtin: [kind, SHARED_SET], override: templatesDir === undefined ? null : templatesDir };
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if (isNodeError(err) && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) return null;
    throw err;
  }
}

function isNodeError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && 'code' in err;
}

/** The override's file if it has one, else the built-in file. */
async function loadTemplate(dirs: Dirs, rel: string): Promise<TemplateSource> {
  if (dirs.override !== null) {
    const file = path.join(dirs.override, ...rel.split('/'));
    const text = await readIfExists(file);
    if (text !== null) return { rel, display: file, text, builtin: false };
  }
  for (const set of dirs.builtin) {
    const text = await readIfExists(path.join(BUILTIN_TEMPLATES_DIR, set, ...rel.split('/')));
    if (text !== null) return { rel, display: `templates/${set}/${rel}`, text, builtin: true, key: `${set}/${rel}` };
  }
  throw new TemplateError(`templates/${dirs.kind}/${rel}: templat bawaan tidak ditemukan (${BUILTIN_TEMPLATES_DIR}).`, `templates/${dirs.kind}/${rel}`, null);
}

async function listHbs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -'.hbs'.length));
  } catch (err) {
    if (isNodeError(err) && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) return [];
    throw err;
  }
}

/** Built-in partial names plus any extra ones the override directory brings. */
async function listPartials(dirs: Dirs): Promise<string[]> {
  const builtin = (await Promise.all(dirs.builtin.map((set) => listHbs(path.join(BUILTIN_TEMPLATES_DIR, set, 'partials'))))).flat();
  const extra = dirs.override === null ? [] : await listHbs(path.join(dirs.override, 'partials'));
  return [...new Set([...builtin, ...extra])].sort();
}

type Render = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/**
 * Compiles in strict mode (a misspelled field is an error, not an empty string).
 * Parse errors surface here; runtime errors when rendering. Both name the file and line.
 */
function compile(env: typeof Handlebars, source: TemplateSource): Render {
  let template: Handlebars.TemplateDelegate;
  try {
    const pre = source.key !== undefined ? PRECOMPILED_TEMPLATES.get(source.key) : undefined;
    if (pre !== undefined && pre.source === source.text) {
      template = env.template(pre.spec);
    } else {
      // Parsed now so a syntax error is reported even if the template is never reached;
      // compile() takes the parsed tree, so the text is parsed only once.
      template = env.compile(env.parse(source.text), { strict: true, noEscape: false });
    }
  } catch (err) {
    throw templateError(err, source);
  }
  return (context, options) => {
    try {
      return template(context, options);
    } catch (err) {
      throw templateError(err, source);
    }
  };
}

function templateError(err: unknown, source: TemplateSource): TemplateError {
  // An error from a partial was already attributed to that partial's file.
  if (err instanceof TemplateError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const line = errorLine(err, message);
  // Handlebars appends ` - 12:4` to located errors; the line is stated up front instead.
  const english = message.replace(/ - \d+:\d+$/u, '').replace(/\s*\n\s*/gu, ' ');
  // Said in Indonesian (the English original stays the cause, shown with --debug).
  const translated = translateReason(message);
  const detail = translated === null ? english : `${translated}.`;
  const where = line === null ? source.display : `${source.display} baris ${line}`;
  return new TemplateError(`${where}: ${detail}`, source.display, line, { cause: err });
}

function errorLine(err: unknown, message: string): number | null {
  if (typeof err === 'object' && err !== null && 'lineNumber' in err) {
    const n = (err as { lineNumber?: unknown }).lineNumber;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
  }
  const m = /(?:Parse error on line|line) (\d+)/iu.exec(message) ?? / - (\d+):\d+$/u.exec(message);
  return m?.[1] === undefined ? null : Number(m[1]);
}

// ------------------------------------------------------------------ fonts

const FONT_FACES: readonly { file: string; style: 'normal' | 'italic'; weight: 400 | 700; range: string }[] = (() => {
  const LATIN =
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
  const LATIN_EXT =
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
  const faces: { file: string; style: 'normal' | 'italic'; weight: 400 | 700; range: string }[] = [];
  for (const weight of [400, 700] as const) {
    for (const style of ['normal', 'italic'] as const) {
      faces.push({ file: `tinos-latin-ext-${weight}-${style}.woff2`, style, weight, range: LATIN_EXT });
      faces.push({ file: `tinos-latin-${weight}-${style}.woff2`, style, weight, range: LATIN });
    }
  }
  return faces;
})();

let fontCss: Promise<string> | null = null;

/** `@font-face` rules for Tinos (regular, bold, italic, bold italic; latin + latin-ext) as data URLs; read once. */
export function fontFaceCss(): Promise<string> {
  if (fontCss === null) {
    fontCss = buildFontFaceCss();
    // A failed read is not cached: the next render tries again.
    fontCss.catch(() => {
      fontCss = null;
    });
  }
  return fontCss;
}

async function buildFontFaceCss(): Promise<string> {
  // Resolved from lkj's own package.json: the fonts are one of its dependencies.
  const require = createRequire(path.join(PACKAGE_ROOT, 'package.json'));
  const rules = await Promise.all(
    FONT_FACES.map(async (f) => {
      const file = require.resolve(`@fontsource/tinos/files/${f.file}`);
      const data = (await readFile(file)).toString('base64');
      return [
        '@font-face {',
        "  font-family: 'Tinos';",
        `  font-style: ${f.style};`,
        `  font-weight: ${f.weight};`,
        '  font-display: block;',
        `  src: url(data:font/woff2;base64,${data}) format('woff2');`,
        `  unicode-range: ${f.range};`,
        '}',
      ].join('\n');
    }),
  );
  return rules.join('\n');
}
