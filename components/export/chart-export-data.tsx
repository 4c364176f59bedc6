import type { ChartExport } from "@/lib/export/chart-export";

// A chart's export (its title, legend, citation and every row) is only read when someone
// downloads: it travels as JSON in the HTML alone (inside ServerMarkup), not as a client
// component's props, which the RSC payload would carry again and the page would parse on load.

const DATA_ATTRIBUTE = "data-chart-export";

/** The export's JSON, for a <script> element: `<` escaped so no text can close the element. */
export function ChartExportData({ figureId, chart }: { figureId: string; chart: ChartExport }) {
  const json = JSON.stringify(chart).replace(/</g, "\\u003c");
  return (
    <script
      type="application/json"
      {...{ [DATA_ATTRIBUTE]: figureId }}
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}

/** The export written into the page for the chart `figureId` (the browser's side). */
export function readChartExport(figureId: string): ChartExport {
  const element = document.querySelector(`script[${DATA_ATTRIBUTE}="${CSS.escape(figureId)}"]`);
  if (!element?.textContent) throw new Error("the chart's data is not on the page");
  // Written by this page's own server just above, not input from outside.
  return JSON.parse(element.textContent) as ChartExport;
}
