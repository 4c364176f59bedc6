import type { BarMetric } from "@/lib/url-state/view-params";
import { formatPercent } from "@/lib/format";

import { AXIS_HEIGHT, ROW_HEIGHT } from "./paired-bar-layout";
import { BarRowsSvg, PHONE_LABELS, type BarRowsLayout } from "./svg/bar-rows-svg";

export type PairedBarRow = {
  key: string;
  /** Shown on the axis (truncated to fit). */
  label: string;
  /** Shown in the tooltip when the axis label is a shortened form. */
  fullLabel?: string;
  usage: number;
  tokens: number;
  colour: string;
  /** Text drawn after each bar, e.g. the change since a comparison date ("▲ +0.6 pp"). */
  usageNote?: string;
  tokensNote?: string;
};

const LAYOUT: Omit<BarRowsLayout, "right"> = {
  rowHeight: ROW_HEIGHT,
  axisHeight: AXIS_HEIGHT,
  labelWidth: 150,
  labelCharacters: 22,
  rowGap: 6,
  laneGap: 1,
};
const NOTE_WIDTH = 84;
// A phone's notes ("▲ +0.6 pp") in the same 11 px type, without the spare room.
const PHONE_NOTE_WIDTH = 60;
// Room for half the last tick's label ("30.0%"), which is centred on the plot's right edge.
const LAST_TICK_ROOM = 20;

/**
 * Horizontal bars, usage share (solid) above token share (light) for each row, coloured by
 * macro-category; `metric` draws only one of the two. Height is fixed by the row count so the
 * page reserves it.
 */
export function PairedBarChart({ rows, metric }: { rows: PairedBarRow[]; metric: BarMetric }) {
  const hasNotes = rows.some((row) => row.usageNote || row.tokensNote);
  const bars = rows.map((row) => ({
    key: row.key,
    label: row.label,
    tip: [
      row.fullLabel ?? row.label,
      ...(metric !== "tokens" ? [`Usage share: ${formatPercent(row.usage)}`] : []),
      ...(metric !== "usage" ? [`Token share: ${formatPercent(row.tokens)}`] : []),
    ].join("\n"),
    lanes: [
      ...(metric !== "tokens"
        ? [
            {
              series: "usage",
              note: row.usageNote,
              segments: [{ key: row.key, start: 0, value: row.usage, fill: row.colour }],
            },
          ]
        : []),
      ...(metric !== "usage"
        ? [
            {
              series: "tokens",
              note: row.tokensNote,
              segments: [
                {
                  key: row.key,
                  start: 0,
                  value: row.tokens,
                  fill: row.colour,
                  fillOpacity: 0.35,
                  stroke: row.colour,
                },
              ],
            },
          ]
        : []),
    ],
  }));
  return (
    <BarRowsSvg
      rows={bars}
      layout={{
        ...LAYOUT,
        right: hasNotes ? NOTE_WIDTH : LAST_TICK_ROOM,
        phone: { ...PHONE_LABELS, right: hasNotes ? PHONE_NOTE_WIDTH : LAST_TICK_ROOM },
      }}
    />
  );
}
