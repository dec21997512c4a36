#!/usr/bin/env bash
# Every test: set up, install Debian's Chromium for the browser tests when it is missing, run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Nettlesertestene trenger Debians Chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH=/usr/bin/chromium ASTRO_TELEMETRY_DISABLED=1
pnpm test
