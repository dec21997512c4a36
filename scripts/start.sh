#!/usr/bin/env bash
# The main job: set up, validate the content, build the public site and serve it on http://127.0.0.1:4321/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
pnpm strategi validate
# The PDF of each version is typeset by Typst in Debian's DejaVu fonts; without them (and without root to install
# them) the site is built without PDFs.
if [ -z "${STRATEGI_PDF:-}" ] && [ ! -d "${STRATEGI_PDF_FONTS:-/usr/share/fonts/truetype/dejavu}" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
  else
    echo "DejaVu-skriftene mangler (sudo apt-get install fonts-dejavu-core): nettstedet bygges uten PDF." >&2
    export STRATEGI_PDF=0
  fi
fi
pnpm start
