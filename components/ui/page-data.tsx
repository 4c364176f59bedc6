import { pageDataAttribute, type PageDataKind } from "./read-page-data";
import { ServerMarkup } from "./server-markup";

// Data a client component reads only when it is used (a chart's export, its tooltips): written
// into the page as JSON in the HTML alone (inside ServerMarkup), not passed as props, which the
// RSC payload would carry again and every visit would parse (read-page-data.ts reads it).

/** `value` as JSON in a <script> tagged `kind` and `id`; `<` escaped so no text closes it. */
export function PageData({ kind, id, value }: { kind: PageDataKind; id: string; value: unknown }) {
  const json = JSON.stringify(value).replace(/</g, "\\u003c");
  return (
    <ServerMarkup>
      <script
        type="application/json"
        {...{ [pageDataAttribute(kind)]: id }}
        dangerouslySetInnerHTML={{ __html: json }}
      />
    </ServerMarkup>
  );
}
