import type { ChartExport, LegendEntry } from "./chart-export";
import { escapeXml, xmlChars } from "./xml";

// The exported picture: title, scope, legend (with a key for every mark drawn), the chart as
// drawn on screen, its notes each on lines of their own, and the citation, all inside one SVG
// so the file stays readable and cited wherever it is pasted. Colours are written as the
// page's CSS variables and resolved to the current theme's values by resolveCssVariables.

export type DrawnChart = {
  /** A complete <svg> element in pixels from its top left, as read from the page: the charts
   *  drawn in coordinates of their own (the donut's centred viewBox) are nested inside it. */
  markup: string;
  width: number;
  height: number;
};

export type ExportedSvg = { svg: string; width: number; height: number };

const PADDING = 24;
const MIN_CONTENT_WIDTH = 432;
const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";
// Close enough to Inter's average advance to wrap lines before they leave the picture.
const AVERAGE_CHARACTER_EM = 0.56;

const TITLE = { size: 18, lineHeight: 24, weight: 600, colour: "var(--foreground)" };
const SUBTITLE = { size: 13, lineHeight: 18, weight: 400, colour: "var(--muted-foreground)" };
const NOTE = { size: 12, lineHeight: 16, weight: 400, colour: "var(--muted-foreground)" };
const CITATION = { size: 12, lineHeight: 17, weight: 500, colour: "var(--foreground)" };
const LINK = { size: 11, lineHeight: 16, weight: 400, colour: "var(--muted-foreground)" };
const LEGEND = { size: 12, rowHeight: 20, swatch: 12, gap: 6, spacing: 18 };

type TextStyle = typeof TITLE;

export function buildExportSvg(
  chart: ChartExport,
  drawn: DrawnChart,
  options: { link?: string } = {},
): ExportedSvg {
  const contentWidth = Math.max(Math.ceil(drawn.width), MIN_CONTENT_WIDTH);
  const width = contentWidth + 2 * PADDING;
  const parts: string[] = [];
  let y = PADDING;

  const text = (content: string, style: TextStyle, role?: string) => {
    for (const line of wrapText(content, contentWidth, style.size)) {
      y += style.lineHeight;
      parts.push(
        textElement(line, PADDING, y - (style.lineHeight - style.size) / 2 - 2, style, role),
      );
    }
  };

  text(chart.title, TITLE, "title");
  text(chart.subtitle, SUBTITLE, "subtitle");
  y += 12;

  const legend = layoutLegend(chart.legend, contentWidth);
  for (const item of legend.items) {
    parts.push(legendItem(item.entry, PADDING + item.x, y + item.row * LEGEND.rowHeight));
  }
  y += legend.rows * LEGEND.rowHeight + (legend.rows > 0 ? 8 : 0);

  const chartX = PADDING + Math.round((contentWidth - drawn.width) / 2);
  parts.push(placeChart(drawn, chartX, y));
  y += Math.ceil(drawn.height) + 16;

  for (const note of chart.notes ?? []) {
    text(note, NOTE, "note");
    y += 4;
  }
  if ((chart.notes ?? []).length > 0) y += 8;

  parts.push(
    `<line x1="${PADDING}" y1="${y}" x2="${width - PADDING}" y2="${y}" stroke="var(--border)" stroke-width="1"/>`,
  );
  y += 6;
  text(chart.citation, CITATION);
  if (options.link) text(options.link, LINK);
  const height = y + PADDING - 4;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(`${chart.title}. ${chart.citation}`)}</title>`,
    `<rect width="100%" height="100%" fill="var(--card)"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
  return { svg, width, height };
}

/** Replaces every var(--name) (with or without a fallback) by the value the lookup gives. */
export function resolveCssVariables(
  markup: string,
  lookup: (name: string) => string | undefined,
): string {
  return markup.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
    (match, name: string, fallback: string | undefined) =>
      lookup(name) ?? fallback?.trim() ?? "currentColor",
  );
}

/** Greedy word wrap by estimated width; a single over-long word gets a line of its own. */
export function wrapText(content: string, maxWidth: number, fontSize: number): string[] {
  const maxCharacters = Math.max(8, Math.floor(maxWidth / (fontSize * AVERAGE_CHARACTER_EM)));
  const lines: string[] = [];
  let line = "";
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxCharacters && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textElement(
  line: string,
  x: number,
  baseline: number,
  style: TextStyle,
  role: string | undefined,
): string {
  const data = role ? ` data-part="${role}"` : "";
  return `<text x="${x}" y="${baseline}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.colour}"${data}>${escapeXml(line)}</text>`;
}

type PlacedLegendEntry = { entry: LegendEntry; x: number; row: number };

function layoutLegend(
  entries: LegendEntry[],
  maxWidth: number,
): { items: PlacedLegendEntry[]; rows: number } {
  const items: PlacedLegendEntry[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const itemWidth =
      LEGEND.swatch + LEGEND.gap + entry.label.length * LEGEND.size * AVERAGE_CHARACTER_EM;
    if (x > 0 && x + itemWidth > maxWidth) {
      row += 1;
      x = 0;
    }
    items.push({ entry, x, row });
    x += itemWidth + LEGEND.spacing;
  }
  return { items, rows: entries.length > 0 ? row + 1 : 0 };
}

function legendItem(entry: LegendEntry, x: number, top: number): string {
  const swatchY = top + (LEGEND.rowHeight - LEGEND.swatch) / 2;
  const colour = escapeXml(entry.colour);
  const swatch =
    entry.swatch === "marker"
      ? `<line x1="${x + LEGEND.swatch / 2}" y1="${swatchY - 2}" x2="${x + LEGEND.swatch / 2}" y2="${swatchY + LEGEND.swatch + 2}" stroke="${colour}" stroke-dasharray="2 3"/><circle cx="${x + LEGEND.swatch / 2}" cy="${swatchY + 1}" r="3" fill="${colour}"/>`
      : entry.swatch === "light"
        ? `<rect x="${x + 0.5}" y="${swatchY + 0.5}" width="${LEGEND.swatch - 1}" height="${LEGEND.swatch - 1}" rx="2" fill="${colour}" fill-opacity="0.35" stroke="${colour}"/>`
        : `<rect x="${x}" y="${swatchY}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" rx="2" fill="${colour}"/>`;
  const part = entry.swatch === "marker" ? ` data-part="marker-key"` : "";
  const label = `<text${part} x="${x + LEGEND.swatch + LEGEND.gap}" y="${top + LEGEND.rowHeight / 2 + LEGEND.size / 2 - 2}" font-size="${LEGEND.size}" fill="var(--foreground)">${escapeXml(entry.label)}</text>`;
  return `${swatch}${label}`;
}

/** The drawn chart, nested at its place with its own size and coordinate system. */
function placeChart(drawn: DrawnChart, x: number, y: number): string {
  const width = Math.round(drawn.width);
  const height = Math.round(drawn.height);
  return `<g transform="translate(${x} ${y})"><svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${xmlChars(innerMarkup(drawn.markup))}</svg></g>`;
}

/** The children of the outermost <svg> element, so the wrapper above sets size and position. */
function innerMarkup(markup: string): string {
  const open = markup.indexOf(">", markup.indexOf("<svg"));
  const close = markup.lastIndexOf("</svg>");
  if (open < 0 || close < 0) return "";
  return markup.slice(open + 1, close);
}
