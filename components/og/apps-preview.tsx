import { ImageResponse } from "next/og";

import type { AppsPage } from "@/lib/derive/apps";
import { formatPercent } from "@/lib/format";
import type { DataSource } from "@/lib/model";

import { OG_SIZE, OgFrame } from "./og-frame";
import { OG_PALETTE } from "./og-palette";
import { previewText } from "./og-text";

export const APPS_PREVIEW_ALT =
  "Task Share: the top apps on OpenRouter by tokens, from its app rankings";

const SHOWN = 5;

/**
 * The apps view's link preview: its title and the window's top five apps with their share of
 * the ranked apps' tokens, or, while nothing is stored, a sentence saying so. Names are
 * upstream's text, cut to fit. Always an image, never an error page.
 */
export function appsPreview({
  title,
  page,
  source,
}: {
  title: string;
  page: AppsPage | undefined;
  source: DataSource;
}): ImageResponse {
  const asOf = page?.window.asOf.slice(0, 10) ?? "—";
  return new ImageResponse(
    <OgFrame kicker="Top apps" asOf={asOf} source={source} dataset="apps">
      <div style={{ display: "flex", fontSize: 50, fontWeight: 700, lineHeight: 1.1 }}>
        {previewText(title, 48)}
      </div>
      {page ? (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 28, gap: 12 }}>
          {page.rows.slice(0, SHOWN).map((row) => (
            <div key={row.appId} style={{ display: "flex", alignItems: "baseline", gap: 20 }}>
              <div style={{ display: "flex", width: 40, color: OG_PALETTE.mutedForeground }}>
                {row.rank}
              </div>
              <div style={{ display: "flex", width: 150, fontSize: 38, fontWeight: 700 }}>
                {formatPercent(row.share)}
              </div>
              <div style={{ display: "flex", fontSize: 32 }}>{previewText(row.appName, 44)}</div>
            </div>
          ))}
        </div>
      ) : (
        <div style={{ display: "flex", fontSize: 40, marginTop: 28 }}>
          The app rankings are being fetched.
        </div>
      )}
    </OgFrame>,
    OG_SIZE,
  );
}
