// Debian's Chromium, not a Playwright download (none can be fetched here), for the browser
// tests and Lighthouse alike. The flags keep it from reaching for the network at start, which
// this machine refuses, so its background requests would hang or fail.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
