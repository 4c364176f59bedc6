import { ImageResponse } from "next/og";

import { OG_SIZE, OgFrame } from "./og-frame";
import { previewText } from "./og-text";
import { OG_PALETTE } from "./og-palette";
import { formatPercent, formatRank, formatRatio, formatWindow } from "@/lib/format";
import type { DataSource, TaskDay } from "@/lib/model";
import { findTagBySegment } from "@/lib/derive/tags";

export const TAG_PREVIEW_ALT =
  "Task Share: a task's share of OpenRouter traffic and its top models";

/** A task's link preview: its shares, rank and top model; an unknown task is said so. */
export function tagPreview(snapshot: TaskDay, source: DataSource, segment: string): ImageResponse {
  const tag = findTagBySegment(snapshot.tags, segment);
  if (!tag) {
    return new ImageResponse(
      <OgFrame kicker="Task not found" asOf={snapshot.asOf} source={source}>
        <div style={{ display: "flex", fontSize: 48 }}>No such task in the current data.</div>
      </OgFrame>,
      OG_SIZE,
    );
  }
  const leader = tag.models[0];
  const stats = [
    { label: "of requests", value: formatPercent(tag.usageShare) },
    { label: "of tokens", value: formatPercent(tag.tokenShare) },
    { label: "token intensity", value: formatRatio(tag.tokenIntensity) },
    { label: "by requests", value: formatRank(tag.usageRank, snapshot.tags.length) },
  ];

  return new ImageResponse(
    <OgFrame kicker="Task drill-down" asOf={snapshot.asOf} source={source}>
      <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.1 }}>
        {previewText(tag.displayName, 40)}
      </div>
      <div
        style={{ display: "flex", fontSize: 26, color: OG_PALETTE.mutedForeground, marginTop: 8 }}
      >
        {previewText(tag.tag, 60)} · {formatWindow(snapshot.windowDays, snapshot.asOf)}
      </div>
      <div style={{ display: "flex", marginTop: 36, gap: 56 }}>
        {stats.map((stat) => (
          <div key={stat.label} style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ display: "flex", fontSize: 60, fontWeight: 700 }}>{stat.value}</div>
            <div style={{ display: "flex", fontSize: 26, color: OG_PALETTE.mutedForeground }}>
              {stat.label}
            </div>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", marginTop: 36, fontSize: 30 }}>
        {leader
          ? `Top model: ${previewText(leader.id, 48)}, ${formatPercent(leader.usageShare)} of this task's requests`
          : "OpenRouter lists no models for this task in this window."}
      </div>
    </OgFrame>,
    OG_SIZE,
  );
}
