import { gzipSync } from "node:zlib";

import type { BudgetRow } from "./budget-table";

// A page's weight: its HTML as sent (raw and gzipped), how much of that HTML is the inline RSC
// payload (the content's second copy, for hydration), and the RSC payload a client-side
// navigation fetches. Tables and drawn charts are sent once (components/ui/server-markup.tsx).

export type PageBytes = {
  path: string;
  html: number;
  gzip: number;
  inlineRsc: number;
  rsc: number;
};

/** At 30 tasks and a year of stored days (issue 32): the overview and /providers, raw HTML. */
export const HTML_MAX_BYTES: Record<string, number> = {
  "/": 300 * 1024,
  "/providers": 400 * 1024,
};

const INLINE_RSC = /<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g;

export async function pageBytes(url: string): Promise<PageBytes> {
  const html = Buffer.from(
    await (await fetch(url, { headers: { accept: "text/html" } })).arrayBuffer(),
  );
  const rsc = await (await fetch(url, { headers: { rsc: "1" } })).arrayBuffer();
  const inlineRsc = [...html.toString("utf8").matchAll(INLINE_RSC)].reduce(
    (total, [script]) => total + Buffer.byteLength(script),
    0,
  );
  const { pathname, search } = new URL(url);
  return {
    path: `${pathname}${search}`,
    html: html.byteLength,
    gzip: gzipSync(html).byteLength,
    inlineRsc,
    rsc: rsc.byteLength,
  };
}

export const formatKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const share = (part: number) => `${Math.round(part * 100)} %`;

export function pageBytesRows(pages: readonly PageBytes[]): BudgetRow[] {
  return pages.flatMap((page) => {
    const atMost = HTML_MAX_BYTES[page.path];
    return [
      {
        figure: `HTML raw: ${page.path}`,
        value: page.html,
        format: formatKB,
        ...(atMost !== undefined && { budget: { atMost } }),
      },
      { figure: `HTML gzip: ${page.path}`, value: page.gzip, format: formatKB },
      {
        figure: `inline RSC share of the HTML: ${page.path}`,
        value: page.inlineRsc / page.html,
        format: share,
      },
      { figure: `RSC payload (navigation): ${page.path}`, value: page.rsc, format: formatKB },
    ];
  });
}
