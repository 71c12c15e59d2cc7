/** The one exceljs internal lkj touches (see keep-format-codes.ts). */
declare module 'exceljs/lib/xlsx/xform/style/numfmt-xform.js' {
  const NumFmtXform: { prototype: { parseOpen(node: unknown): boolean } };
  export default NumFmtXform;
}
