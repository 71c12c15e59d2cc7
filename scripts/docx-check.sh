#!/usr/bin/env bash
# End-to-end check of the Word output with LibreOffice (not part of `npm test`, which needs
# only Node and Chromium): every sample → .docx (A4 and F4) → LibreOffice's PDF, whose text
# must carry the report's figures and signatures; the pages are left as PNG under
# out/preview/docx/ for a person to compare with lkj's own PDF.
# Needs: soffice (apt-get install libreoffice-writer-nogui fonts-liberation2), pdftotext and
# pdftoppm (poppler-utils). Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "docx-check: $tool tidak ada (apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils)" >&2; exit 3; }
done
out=out/preview/docx
rm -rf "$out" && mkdir -p "$out"
# LibreOffice keeps its profile here, not in the user's home.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
fail=0
for paper in A4 F4; do
  mkdir -p "$out/$paper"
  for wb in samples/*.xlsx; do
    docx=$(node bin/lkj generate --tw 3 --format docx --paper "$paper" --out "$out/$paper" "$wb" 2>/dev/null)
    soffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out/$paper" "$docx" >/dev/null 2>&1
    pdf="${docx%.docx}.pdf"
    [ -s "$pdf" ] || { echo "docx-check: LibreOffice tidak menghasilkan PDF dari $docx" >&2; fail=1; continue; }
    pdftoppm -r 60 -png "$pdf" "$out/$paper/$(basename "$wb" .xlsx)"
  done
done
# The reference unit: its TW3 figures (contract arithmetic) and both signatures.
text=$(pdftotext "$out/A4/LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.pdf" -)
for want in '139,09' '113,88' '25,21' 'Ir. PAIMAN' 'Ir. HANUM MUBAROKHAH' 'BAB III'; do
  grep -qF "$want" <<<"$text" || { echo "docx-check: \"$want\" tidak ada di PDF LibreOffice" >&2; fail=1; }
done
[ "$fail" -eq 0 ] || exit 1
echo "docx-check: $(find "$out" -name '*.docx' | wc -l) berkas docx dibuka LibreOffice; halaman PNG di $out/ ($(find "$out" -name '*.png' | wc -l) berkas)."
