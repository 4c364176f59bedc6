import type { SharePoint } from "@/lib/derive/series";

// What the interactive layer over a server-drawn chart needs: where its bands or points lie
// (the same margins as the drawing) and the tooltip text of each. A tooltip is lines of text,
// the first its title.

type Margins = { top: number; right: number; bottom: number; left: number };

/** One band per row (horizontal bars) or per day (columns). */
export type BandLayerSpec = {
  kind: "bands";
  direction: "rows" | "days";
  margins: Margins;
  tips: string[];
};

/** The trend lines: the pointer picks the nearest day, and its dots are marked. */
export type LineLayerSpec = {
  kind: "lines";
  margins: Margins;
  points: SharePoint[];
  /** Top of the value axis, as drawn. */
  max: number;
  colours: { usage: string; tokens: string };
  tips: string[];
};

export type DonutLayerSpec = {
  kind: "donut";
  /** Radii as percentages of half the smaller side, as drawn. */
  innerRadius: string;
  outerRadius: string;
  padAngle: number;
  slices: { key: string; value: number }[];
  tips: string[];
};

export type LayerSpec = BandLayerSpec | LineLayerSpec | DonutLayerSpec;

/**
 * What a server-drawn chart hands its island. Bands and lines leave their tooltips out: each is
 * already in the drawing, as the <title> of its hover target (.chart-hover), in the same order,
 * and the island reads them from there, so the page does not carry them twice (once in the HTML,
 * once more in the RSC payload). A chart with no hover targets drawn (the step and daily stacks)
 * writes its tooltips beside the drawing instead, in the HTML alone: <PageData kind="chart-tips"
 * id={WRITTEN_TIPS}>, as WrittenTips.
 */
export const WRITTEN_TIPS = "tooltips";

/**
 * Tooltips that share their lines' labels, written as a table: each row is a tooltip's title,
 * then its value for each label in order (null: no such line). A hundred tooltips of ten lines
 * would otherwise repeat every label a hundred times.
 */
export type WrittenTips = { labels: string[]; rows: (string | null)[][] };

/** Each written tooltip as its lines of text: the title, then "label: value" lines. */
export function tipTexts({ labels, rows }: WrittenTips): string[] {
  return rows.map(([title, ...values]) =>
    [
      title ?? "",
      ...labels.flatMap((label, index) => {
        const value = values[index];
        return value === null || value === undefined ? [] : [`${label}: ${value}`];
      }),
    ].join("\n"),
  );
}

export type DrawnLayerSpec =
  Omit<BandLayerSpec, "tips"> | Omit<LineLayerSpec, "tips"> | DonutLayerSpec;
