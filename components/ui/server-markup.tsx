import { isDocumentLoad } from "@/lib/http/document-load";
import { isKeepingMarkup, keepMarkup } from "@/lib/server-markup";

import { ServerMarkupHost } from "./server-markup-host";

/**
 * Static server-drawn content (a table, a chart's drawing), sent in the HTML only and left as it
 * is when the page hydrates (lib/server-markup.ts). It must hold no client component (next/link's
 * Link is one): nothing inside it hydrates. Held in a `<div>` that takes no part in layout
 * (`display: contents`). An RSC payload fetched alone (a client-side navigation, a refresh) has
 * no HTML beside it: there the content goes in the payload as usual.
 */
export function ServerMarkup({ children }: { children: React.ReactNode }) {
  // Inside other static markup (a chart's drawing in a static card) it is part of that markup.
  if (isKeepingMarkup()) return children;
  if (!isDocumentLoad()) return <ServerMarkupHost>{children}</ServerMarkupHost>;
  return <ServerMarkupHost id={keepMarkup(children)} />;
}
