import type { ChartExport } from "@/lib/export/chart-export";
import { toCsv } from "@/lib/export/csv";
import { toJson } from "@/lib/export/json";
import { buildExportSvg } from "@/lib/export/svg";

import { downloadFile, readDrawnChart, resolveThemeColours, svgToPng } from "./export-in-browser";

export type ExportFormat = "png" | "svg" | "csv" | "json";

/** Writes one chart's file in the browser and downloads it; returns the file's name. */
export async function exportChart(
  format: ExportFormat,
  figureId: string,
  onPage: ChartExport,
): Promise<string> {
  // A file leaves the site: its link (in the JSON and drawn under pictures) must be absolute.
  const chart = { ...onPage, permalink: new URL(onPage.permalink, window.location.origin).href };
  const fileName = `${chart.fileStem}.${format}`;
  if (format === "csv") downloadFile(toCsv(chart), fileName, "text/csv;charset=utf-8");
  if (format === "json") downloadFile(toJson(chart), fileName, "application/json");
  if (format === "svg" || format === "png") {
    const picture = drawPicture(figureId, chart);
    if (format === "svg") downloadFile(picture.svg, fileName, "image/svg+xml;charset=utf-8");
    else downloadFile(await svgToPng(picture.svg, picture.width, picture.height), fileName, "");
  }
  return fileName;
}

function drawPicture(figureId: string, chart: ChartExport) {
  const figure = document.getElementById(figureId);
  const drawn = figure ? readDrawnChart(figure) : undefined;
  if (!drawn) throw new Error("the chart has not been drawn yet");
  const picture = buildExportSvg(chart, drawn, { link: chart.permalink });
  return { ...picture, svg: resolveThemeColours(picture.svg) };
}
