import { isDocumentLoad } from "@/lib/http/document-load";
import { keepMarkup } from "@/lib/server-markup";

import { ServerMarkupHost, type HostElement } from "./server-markup-host";

/**
 * Static server-drawn content (a table's body, a chart's drawing), sent in the HTML only and
 * left as it is when the page hydrates (lib/server-markup.ts). It must hold no client component
 * (next/link's Link is one): nothing inside it hydrates. Held in a `<tbody>`, or in a `<div>`
 * that takes no part in layout (`display: contents`). An RSC payload fetched alone (a client-side
 * navigation, a refresh) has no HTML beside it: there the content goes in the payload as usual.
 */
export function ServerMarkup({ as, children }: { as?: HostElement; children: React.ReactNode }) {
  if (!isDocumentLoad()) return <ServerMarkupHost as={as}>{children}</ServerMarkupHost>;
  return <ServerMarkupHost id={keepMarkup(children)} as={as} />;
}
