import { PageData } from "@/components/ui/page-data";
import type { ChartExport } from "@/lib/export/chart-export";

import { ChartExportDisclosure, type ServerDownload } from "./chart-export-disclosure";
import type { ExportFormat } from "./export-file";

export type { ServerDownload };

/**
 * A chart's download menu. Pictures are drawn from the chart on screen; every file carries the
 * title, as_of and citation. A table with no chart offers its data only (`formats`);
 * `serverFiles` adds the API's own files. Pictures are drawn by script, so without JavaScript
 * the button is hidden and the server's files, if any, are offered as plain links on a
 * <details>.
 */
export function ChartExportMenu({
  figureId,
  chart,
  formats = ["png", "svg", "csv", "json"],
  serverFiles = [],
}: {
  figureId: string;
  chart: ChartExport;
  formats?: ExportFormat[];
  serverFiles?: ServerDownload[];
}) {
  return (
    <>
      {/* Read only when someone downloads (readPageData). */}
      <PageData kind="chart-export" id={figureId} value={chart} />
      <ChartExportDisclosure
        figureId={figureId}
        title={chart.title}
        formats={formats}
        serverFiles={serverFiles}
      />
    </>
  );
}
