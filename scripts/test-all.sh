#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs every test: unit and browser.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Debian's Chromium stands in for Playwright's own browser download, which cannot be fetched here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Debian packages the tests need: Chromium for the browser tests, a PostgreSQL server for the
# store tests (the tests start and stop throwaway servers of their own).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A fresh install must match the committed lockfile and this Node: the README promises both.
install_log=$(mktemp)
npm install --no-audit --no-fund 2>&1 | tee "$install_log"
if grep -q EBADENGINE "$install_log"; then
  echo "npm install warned that a package does not support Node $(node --version) (above)." >&2
  exit 1
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- package-lock.json; then
  echo "npm install changed package-lock.json: commit the lockfile it writes." >&2
  git diff --stat -- package-lock.json >&2
  exit 1
fi
npm run test:unit
npm run build
# Performance budgets held on every run: first-load JavaScript of the overview and a drill-down.
npm run budgets
# deploy/ under fire: nginx in front of two replicas, one killed with -9, the other SIGTERMed.
npm run test:deploy
npm run test:e2e
