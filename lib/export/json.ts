import { RANKINGS_URL } from "../model";
import { citedRows, type ChartExport } from "./chart-export";

/** The rows on screen as JSON, with what they are, the view they reflect and the citation. */
export function toJson(chart: ChartExport): string {
  const document = {
    title: chart.title,
    description: chart.subtitle,
    ...(chart.notes && chart.notes.length > 0 && { notes: chart.notes }),
    as_of: chart.asOf,
    citation: chart.citation,
    source_url: RANKINGS_URL,
    permalink: chart.permalink,
    view: chart.view,
    columns: chart.columns,
    rows: citedRows(chart),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
