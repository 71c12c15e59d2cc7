/**
 * exceljs drops every backslash of a number format code when it reads styles.xml
 * (`0\%` becomes `0%`), which turns an escaped, literal `%` into a real percent format —
 * and LibreOffice saves `0"%"` as `0\%`. lkj must tell the two apart (a real percent
 * format means stored × 100), so the parser is made to keep the code as stored.
 * Nothing else in exceljs reads the escapes: its date detection looks at letters only.
 */
import NumFmtXform from 'exceljs/lib/xlsx/xform/style/numfmt-xform.js';

interface NumFmtNode {
  name: string;
  attributes: Record<string, string>;
}

let patched = false;

export function keepFormatCodes(): void {
  if (patched) return;
  patched = true;
  NumFmtXform.prototype.parseOpen = function parseOpen(this: { model: unknown }, node: NumFmtNode): boolean {
    if (node.name !== 'numFmt') return false;
    this.model = { id: Number.parseInt(node.attributes.numFmtId ?? '', 10), formatCode: node.attributes.formatCode ?? '' };
    return true;
  };
}
