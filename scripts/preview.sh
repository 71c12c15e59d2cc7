#!/usr/bin/env bash
# Renders every page of the sample reports (A4 and F4, plus the custom-template example)
# to PNG under out/preview/, so a person can look at them: `npm run preview`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "pdftoppm tidak ada: apt-get install poppler-utils" >&2; exit 3; }
npm run --silent build
out=out/preview
rm -rf "$out" && mkdir -p "$out"
for paper in A4 F4; do
  for wb in samples/*.xlsx; do
    pdf=$(node bin/lkj generate --tw 3 --paper "$paper" --out "$out/$paper" "$wb" 2>/dev/null)
    pdftoppm -r 60 -png "$pdf" "$out/$paper/$(basename "$wb" .xlsx)"
  done
done
pdf=$(node bin/lkj generate --tw 3 --templates samples/templates --out "$out/templates" samples/bidang-penempatan.xlsx 2>/dev/null)
pdftoppm -r 60 -png "$pdf" "$out/templates/bidang-penempatan"
echo "Halaman PNG di $out/ ($(find "$out" -name '*.png' | wc -l) berkas)."
# The Word output, through LibreOffice (skipped with a note where it is not installed).
if command -v soffice >/dev/null; then bash scripts/docx-check.sh; else echo "Lewati pratinjau docx: soffice tidak ada (apt-get install libreoffice-writer-nogui fonts-liberation2)."; fi
