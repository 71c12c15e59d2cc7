#!/usr/bin/env bash
# One command on a fresh Debian/Ubuntu machine: installs a browser if none is found,
# installs lkj, and prints the sample report to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null && [ -z "${LKJ_BROWSER:-}" ]; then
  echo "setup: Chromium belum ada, memasang paket Debian 'chromium'..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium
fi
npm ci --no-audit --no-fund
node bin/lkj generate --tw 3 --out out samples/bidang-penempatan.xlsx
