import type { BudgetRow } from "./budget-table";

// A page's HTML and its RSC payload (what the router fetches on a client-side navigation),
// uncompressed: the two copies of the data a page carries, and what grows with it.

export type PageBytes = { path: string; html: number; rsc: number };

export async function pageBytes(url: string): Promise<PageBytes> {
  const html = await (await fetch(url, { headers: { accept: "text/html" } })).arrayBuffer();
  const rsc = await (await fetch(url, { headers: { rsc: "1" } })).arrayBuffer();
  return { path: new URL(url).pathname, html: html.byteLength, rsc: rsc.byteLength };
}

export const formatKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function pageBytesRows(pages: readonly PageBytes[]): BudgetRow[] {
  return pages.flatMap((page) => [
    { figure: `HTML: ${page.path}`, value: page.html, format: formatKB },
    { figure: `RSC payload: ${page.path}`, value: page.rsc, format: formatKB },
  ]);
}
