#!/usr/bin/env bash
# The main job: set up, validate the content, build the public site and serve it on http://127.0.0.1:4321/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
pnpm strategi validate
pnpm start
