#!/usr/bin/env bash
# Every test: set up, install Debian's Chromium (its headless shell) for the browser tests, the DejaVu fonts the PDFs are set in, poppler-utils for the PDF checks,
# Debian's Java for the Nu HTML checker and Debian's PostgreSQL server for the review store's tests when they are
# missing, run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
if [ ! -x /usr/bin/chromium-headless-shell ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  else
    echo "Nettlesertestene trenger Debians Chromium: sudo apt-get install chromium-headless-shell" >&2
    exit 1
  fi
fi
if [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
  else
    echo "PDF-ene settes med Debians DejaVu-skrifter: sudo apt-get install fonts-dejavu-core" >&2
    exit 1
  fi
fi
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  else
    echo "PDF-testene trenger Debians poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm): sudo apt-get install poppler-utils" >&2
    exit 1
  fi
fi
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "Nu-kontrollen av HTML (vnu.jar) trenger Java: sudo apt-get install default-jre-headless" >&2
    exit 1
  fi
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "Testene av kommentarlageret trenger Debians PostgreSQL: sudo apt-get install postgresql" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH=/usr/bin/chromium-headless-shell ASTRO_TELEMETRY_DISABLED=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
pnpm test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over every package's vitest summary: "N passed, N failed".
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/ Tests +[0-9]/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) passed += $i; if ($(i+1) ~ /^failed/) failed += $i } } END { printf "%d passed, %d failed\n", passed, failed }'
# Turbo can end with status 0 when it was stopped part-way (a signal shuts its tasks down): every task of both runs
# (the site's two builds, then the rest) must have run.
tasks=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^ *Tasks: +[0-9]+ successful, [0-9]+ total/ { runs++; done += $2; total += $4 } END { if (runs == 2) print done, total }')
if [ "$status" = 0 ] && { [ -z "$tasks" ] || [ "${tasks% *}" != "${tasks#* }" ]; }; then
  echo "Testene ble ikke kjørt til ende (turbo: ${tasks:-ingen oppsummering}): regnes som feilet." >&2
  exit 1
fi
exit "$status"
