#!/usr/bin/env bash
# Installs what the project needs on a fresh machine with Node and npm: pnpm (pinned), then the workspace's
# dependencies from the lockfile. Node 24 itself comes in as a registry package (see package.json).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "Installerer pnpm $PNPM_VERSION …"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi
pnpm install --frozen-lockfile
