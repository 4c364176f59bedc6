import { ImageResponse } from "next/og";

import { OG_SIZE, OgFrame } from "./og-frame";
import { previewText } from "./og-text";
import { OG_MACRO_COLOURS, OG_PALETTE, OG_SPARE_COLOURS } from "./og-palette";
import { formatPercent, formatWindow } from "@/lib/format";
import { macroHeadlines, topTag } from "@/lib/derive/headlines";
import type { DataSource, TaskDay } from "@/lib/model";

export const OVERVIEW_PREVIEW_ALT =
  "Task Share: how OpenRouter requests split across task categories";

/** The overview's link preview: each macro-category's share of requests, and the top task. */
export function overviewPreview(snapshot: TaskDay, source: DataSource): ImageResponse {
  const macros = macroHeadlines(snapshot).slice(0, 5);
  let spare = 0;
  const colourOf = (key: string) =>
    OG_MACRO_COLOURS.get(key) ?? OG_SPARE_COLOURS[spare++ % OG_SPARE_COLOURS.length];
  const coloured = macros.map((macro) => ({ ...macro, colour: colourOf(macro.key) }));
  const top = topTag(snapshot);

  return new ImageResponse(
    <OgFrame
      kicker={source === "sample" ? "Traffic by task" : "OpenRouter traffic by task"}
      asOf={snapshot.asOf}
      source={source}
    >
      <div style={{ display: "flex", fontSize: 34, color: OG_PALETTE.mutedForeground }}>
        Share of classified requests, {formatWindow(snapshot.windowDays, snapshot.asOf)}
      </div>
      <div style={{ display: "flex", marginTop: 28, gap: 44 }}>
        {coloured.map((macro) => (
          <div key={macro.key} style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ display: "flex", alignItems: "center", fontSize: 30 }}>
              <div
                style={{
                  width: 22,
                  height: 22,
                  borderRadius: 4,
                  background: macro.colour,
                  marginRight: 10,
                }}
              />
              {previewText(macro.label, 24)}
            </div>
            <div style={{ display: "flex", fontSize: 64, fontWeight: 700 }}>
              {formatPercent(macro.usageShare)}
            </div>
          </div>
        ))}
      </div>
      <div
        style={{
          display: "flex",
          marginTop: 28,
          height: 28,
          width: "100%",
          borderRadius: 6,
          overflow: "hidden",
        }}
      >
        {coloured.map((macro) => (
          <div
            key={macro.key}
            style={{
              display: "flex",
              width: `${macro.usageShare * 100}%`,
              background: macro.colour,
            }}
          />
        ))}
      </div>
      {top && (
        <div style={{ display: "flex", marginTop: 32, fontSize: 30 }}>
          Top task: {previewText(top.displayName, 48)}, {formatPercent(top.usageShare)} of requests
        </div>
      )}
    </OgFrame>,
    OG_SIZE,
  );
}
