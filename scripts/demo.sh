#!/usr/bin/env bash
# The demonstration: validate examples/ (invented releases, a consultation, revisions, scheduled publishing — the
# workflow on made-up content, kept apart from the real strategy in content/), build its public site into
# apps/site/dist-demo and serve it on http://127.0.0.1:4324/. With --bare-bygg it stops after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
serve=1
for arg in "$@"; do
  case "$arg" in
    --bare-bygg) serve=0 ;;
    *)
      echo "Ukjent valg «$arg». Bruk: pnpm demo [--bare-bygg]" >&2
      exit 2
      ;;
  esac
done
port=${STRATEGI_DEMO_PORT:-4324}
export STRATEGI_CONTENT="$root/examples" STRATEGI_DIST="$root/apps/site/dist-demo" STRATEGI_BUILD=''

pnpm --silent strategi validate --dir examples
# As in scripts/start.sh: the PDFs are typeset in Debian's DejaVu fonts; without them the site is built without PDFs.
if [ -z "${STRATEGI_PDF:-}" ] && [ ! -d "${STRATEGI_PDF_FONTS:-/usr/share/fonts/truetype/dejavu}" ]; then
  echo "DejaVu-skriftene mangler (sudo apt-get install fonts-dejavu-core): demonstrasjonen bygges uten PDF." >&2
  export STRATEGI_PDF=0
fi
(cd apps/site && pnpm exec astro build)
if [ "$serve" = 0 ]; then
  echo "Demonstrasjonen er bygget i apps/site/dist-demo."
  exit 0
fi
echo "Demonstrasjon med oppdiktet innhold (examples/), ikke den vedtatte strategien: http://127.0.0.1:$port/"
cd apps/site
exec pnpm exec astro preview --host 127.0.0.1 --port "$port"
