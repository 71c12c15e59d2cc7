/**
 * The built-in templates, precompiled when lkj is bundled: scripts/bundle.mjs replaces this
 * module in dist/lkj.cjs with one that fills the map (compiling the templates was most of the
 * time of rendering a first report). Each entry keeps the text it was made from, and
 * render-html.ts uses it only while the file on disk still reads exactly so: an edited
 * built-in template is compiled as usual. Run from source (tests), the map is empty.
 */
export interface PrecompiledTemplate {
  /** The template text the spec was compiled from. */
  source: string;
  /** `Handlebars.precompile(source, { strict: true })`, evaluated. */
  spec: TemplateSpecification;
}

export const PRECOMPILED_TEMPLATES: ReadonlyMap<string, PrecompiledTemplate> = new Map();
