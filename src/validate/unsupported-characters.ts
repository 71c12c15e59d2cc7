/**
 * Characters of the workbook's text that no font bundled with lkj draws (Tinos, Noto Emoji):
 * they would come out as another font from the machine, or not at all. The report prints
 * them as `�` (src/format/fonts.ts); this warns, naming each cell, so they can be retyped.
 */
import { REPLACEMENT, uncoveredCharacters } from '../format/fonts.js';
import type { RawWorkbook } from '../workbook/raw-workbook.js';
import { normalizeKey } from './normalize-key.js';
import type { Problem } from '../model/problem.js';
import { quote } from './problem-sink.js';
import { SHEETS } from '../model/sheet-specs.js';

// Only the sheets lkj reads; the header row is not printed.
const READ_SHEETS = new Map(Object.values(SHEETS).map((s) => [normalizeKey(s.name), s.name]));

/** One `unsupported-character` warning per cell holding such characters. */
export function unsupportedCharacters(raw: RawWorkbook): Problem[] {
  const problems: Problem[] = [];
  for (const sheet of raw.sheets) {
    const name = READ_SHEETS.get(normalizeKey(sheet.name));
    if (name === undefined) continue;
    for (const row of sheet.rows.slice(1)) {
      for (const cell of row.cells) {
        if (cell.value.kind !== 'string') continue;
        const chars = uncoveredCharacters(cell.value.value);
        if (chars.length === 0) continue;
        const list = chars.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
        problems.push({
          severity: 'warning',
          code: 'unsupported-character',
          sheet: name,
          cell: cell.address,
          value: quote(cell.value.value),
          message: `Karakter ${list} dalam "${quote(cell.value.value)}" tidak ada di huruf (font) bawaan lkj dan dicetak sebagai "${REPLACEMENT}"; ganti dengan huruf Latin atau hapus.`,
        });
      }
    }
  }
  return problems;
}
