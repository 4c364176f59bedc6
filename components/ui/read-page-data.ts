// The browser's side of <PageData> (page-data.tsx): its kinds and the attribute each is tagged by.

export type PageDataKind = "chart-export" | "chart-tips";

export const pageDataAttribute = (kind: PageDataKind) => `data-${kind}`;

/** The JSON text written by <PageData kind id> under `root`, if any. */
export function readPageData(root: ParentNode, kind: PageDataKind, id: string): string | null {
  const selector = `script[${pageDataAttribute(kind)}="${CSS.escape(id)}"]`;
  return root.querySelector(selector)?.textContent || null;
}
