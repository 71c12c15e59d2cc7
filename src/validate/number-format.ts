/**
 * What an Excel number format does to the number it shows (ECMA-376 §18.8.31). Only two
 * things change the value a person sees: a percent sign (× 100) and trailing thousands
 * separators (÷ 1000 each). Everything else — currency, accounting, grouping, colours,
 * decimals, text `@` — only decorates the stored number.
 */
export type NumberFormatEffect =
  | { kind: 'plain' }
  | { kind: 'percent' }
  /** Displayed = stored ÷ 1000^commas. */
  | { kind: 'scaled'; commas: number };

const PLAIN: NumberFormatEffect = { kind: 'plain' };

/**
 * The effect of `format` on `value`. Literal text never scales: `"%"` in quotes, `\%`
 * escaped, `[…]` (colours, conditions, locales), `_x` (a space as wide as x) and `*x`
 * (fill with x) are removed before looking.
 */
export function numberFormatEffect(format: string | undefined, value: number): NumberFormatEffect {
  if (!format) return PLAIN;
  const section = sectionFor(splitSections(format), value);
  const code = section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]?/g, '')
    .replace(/[_*]./g, '');
  if (/general/i.test(code) && !/%/.test(code)) return PLAIN;
  if (code.includes('%')) return { kind: 'percent' };
  // A run of commas right after the last digit placeholder (before the decimal point or the
  // end), e.g. `#,##0,` or `0.0,,`; a comma between placeholders is only grouping.
  const m = /[0#?](,+)(?![,]*[0#?])/.exec(code);
  if (m && !/[0#?]/.test(code.slice(m.index + 1 + m[1]!.length).split('.')[0]!)) {
    return { kind: 'scaled', commas: m[1]!.length };
  }
  return PLAIN;
}

/** Splits at `;` outside quotes and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted && i + 1 < format.length) {
      current += c + format[++i]!;
      continue;
    }
    if (c === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  sections.push(current);
  return sections;
}

/** Positive; negative; zero; text — a missing section falls back to the first. */
function sectionFor(sections: string[], value: number): string {
  const first = sections[0] ?? '';
  if (value < 0) return sections[1] || first;
  if (value === 0) return sections[2] || first;
  return first;
}
