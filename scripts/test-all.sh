#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs every test: unit and browser.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Debian's Chromium stands in for Playwright's own browser download, which cannot be fetched here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium…"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

npm install --no-audit --no-fund
npm run test:unit
npm run build
npm run test:e2e
