import { OG_PALETTE } from "./og-palette";

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * The frame every link preview shares: brand and date on top, the citation at the bottom, so
 * the picture stays cited when a chat or wiki shows it without the page.
 */
export function OgFrame({
  kicker,
  asOf,
  citation,
  children,
}: {
  kicker: string;
  asOf: string;
  citation: string;
  children: React.ReactNode;
}) {
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
        <div style={{ display: "flex", color: OG_PALETTE.mutedForeground }}>as of {asOf}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, marginTop: 36 }}>
        {children}
      </div>
      <div
        style={{
          display: "flex",
          borderTop: `2px solid ${OG_PALETTE.border}`,
          paddingTop: 20,
          fontSize: 24,
          color: OG_PALETTE.foreground,
        }}
      >
        {citation}
      </div>
    </div>
  );
}
