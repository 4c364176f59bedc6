import { attributionFor, type CitedDataset, type DataSource } from "@/lib/model";

import { OG_PALETTE } from "./og-palette";

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * The frame every link preview shares: brand and date on top, the citation at the bottom, so
 * the picture stays cited when a chat or wiki shows it without the page. Sample figures say so
 * at the top and in place of the citation.
 */
export function OgFrame({
  kicker,
  asOf,
  source,
  dataset,
  children,
}: {
  kicker: string;
  asOf: string;
  source: DataSource;
  /** The dataset cited, when not the rankings (the apps cite openrouter.ai/apps). */
  dataset?: CitedDataset;
  children?: React.ReactNode;
}) {
  const sample = source === "sample";
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: OG_PALETTE.background,
        color: OG_PALETTE.foreground,
        padding: "56px 64px",
        fontSize: 28,
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline" }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700 }}>
          <span>Task Share</span>
          <span style={{ color: OG_PALETTE.mutedForeground, marginLeft: 16 }}>{kicker}</span>
        </div>
        {sample ? (
          <div
            style={{
              display: "flex",
              background: OG_PALETTE.notice,
              color: OG_PALETTE.noticeForeground,
              borderRadius: 8,
              padding: "4px 14px",
              fontWeight: 700,
            }}
          >
            Sample data
          </div>
        ) : (
          <div style={{ display: "flex", color: OG_PALETTE.mutedForeground }}>as of {asOf}</div>
        )}
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, marginTop: 36 }}>
        {children}
      </div>
      <div
        style={{
          display: "flex",
          borderTop: `2px solid ${OG_PALETTE.border}`,
          paddingTop: 20,
          fontSize: sample ? 22 : 24,
          color: OG_PALETTE.foreground,
        }}
      >
        {attributionFor(asOf, source, dataset)}
      </div>
    </div>
  );
}
