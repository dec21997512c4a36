#!/usr/bin/env bash
# The main job: set up, validate the content, build the public site and serve it on http://127.0.0.1:4321/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
pnpm strategi validate
# The PDF of each version is printed by Debian's Chromium; without it (and without root to install it) the site is
# built without PDFs.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium mangler (sudo apt-get install chromium): nettstedet bygges uten PDF." >&2
    export STRATEGI_PDF=0
  fi
fi
pnpm start
