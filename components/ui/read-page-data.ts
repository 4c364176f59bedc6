// The browser's side of <PageData> (page-data.tsx): its kinds and the attribute each is tagged by.

export type PageDataKind = "chart-export" | "chart-tips";

export const pageDataAttribute = (kind: PageDataKind) => `data-${kind}`;

/** The value written by <PageData kind id> under `root`, if any. */
export function readPageData<T>(root: ParentNode, kind: PageDataKind, id: string): T | undefined {
  const selector = `script[${pageDataAttribute(kind)}="${CSS.escape(id)}"]`;
  const written = root.querySelector(selector)?.textContent;
  // Written into this page by its own server (<PageData>), not input from outside.
  return written ? (JSON.parse(written) as T) : undefined;
}
