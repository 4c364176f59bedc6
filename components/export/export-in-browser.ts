import { resolveCssVariables, type DrawnChart } from "@/lib/export/svg";

// The browser half of an export: read the chart drawn on the page, resolve the theme's colours, and
// hand the result to the user as a file. The words and rows come from the server (ChartExport).

const SVG_NS = "http://www.w3.org/2000/svg";

/** The chart drawn inside a ChartFigure, at its on-screen size, without its hover targets. */
export function readDrawnChart(figure: Element): DrawnChart | undefined {
  const surface = figure.querySelector("svg.chart-surface");
  if (!(surface instanceof SVGSVGElement)) return undefined;
  const plot = surface.getBoundingClientRect();
  // The margins as laid out now: a phone draws narrower ones (ChartSvg's phoneInset).
  const left = parseFloat(getComputedStyle(surface).marginLeft) || 0;
  const right = Math.max(0, figure.clientWidth - left - plot.width);
  const clone = surface.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) return undefined;
  for (const target of clone.querySelectorAll(".chart-hover")) target.remove();
  // Of the labels drawn twice (a phone's and a wider screen's wrapping), keep the one shown.
  const LABELS = "[data-row-label], [data-phone-label]";
  const shown = [...surface.querySelectorAll(LABELS)].map(
    (label) => getComputedStyle(label).display !== "none",
  );
  clone.querySelectorAll(LABELS).forEach((label, index) => {
    if (!shown[index]) label.remove();
  });
  // On the page the surface's box is the plot, and CSS margins hold the labels that overhang it.
  // A file has no page around it: the picture is the whole chart, with the plot placed inside it
  // at its on-screen size (not its bounding box, which grows with the overhanging labels).
  clone.removeAttribute("class");
  clone.removeAttribute("style");
  clone.setAttribute("x", String(left));
  clone.setAttribute("width", String(plot.width));
  clone.setAttribute("height", String(plot.height));
  clone.setAttribute("overflow", "visible");
  const chart = document.createElementNS(SVG_NS, "svg");
  const width = left + plot.width + right;
  chart.setAttribute("width", String(width));
  chart.setAttribute("height", String(plot.height));
  chart.append(clone);
  return { markup: new XMLSerializer().serializeToString(chart), width, height: plot.height };
}

/** The markup with every var(--colour) replaced by the colour it has right now (theme included). */
export function resolveThemeColours(markup: string): string {
  const probe = document.createElement("span");
  probe.style.display = "none";
  document.body.append(probe);
  try {
    return resolveCssVariables(markup, (name) => {
      probe.style.color = "";
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color || undefined;
    });
  } finally {
    probe.remove();
  }
}

/** Draws an SVG onto a canvas at `scale`× (2 for retina screens) and returns a PNG. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "sync";
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw to a canvas.");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be encoded."))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadFile(content: Blob | string, fileName: string, type: string) {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
