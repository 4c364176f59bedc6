import { gzipSync } from "node:zlib";

import { startupScriptUrls } from "./script-srcs";

// First-load JavaScript: what a page's server-rendered HTML makes the browser fetch at start,
// gzip-compressed. Level 9 is the convention of the gzip-size package that Next.js bundles
// (next/dist/compiled/gzip-size) and that its build output used for "First Load JS"; measuring
// every file ourselves keeps the figure independent of how the server happens to compress.

export type ScriptSize = { url: string; bytes: number; gzipBytes: number };
export type FirstLoadJs = { route: string; scripts: ScriptSize[]; gzipBytes: number };

export function gzipSize(body: Uint8Array): number {
  return gzipSync(body, { level: 9 }).length;
}

export async function measureFirstLoadJs(baseUrl: string, route: string): Promise<FirstLoadJs> {
  const pageUrl = new URL(route, baseUrl).href;
  const html = await (await fetchOk(pageUrl)).text();
  const scripts = await Promise.all(
    startupScriptUrls(html, pageUrl).map(async (url): Promise<ScriptSize> => {
      const response = await fetchOk(url);
      const body = new Uint8Array(await response.arrayBuffer());
      return { url, bytes: body.length, gzipBytes: gzipSize(body) };
    }),
  );
  return { route, scripts, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response;
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
