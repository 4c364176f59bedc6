import type { DataRecipe } from "@/lib/export/snippets";

import { ChartExportMenu } from "./chart-export-menu";
import { UseThisData } from "./use-this-data";

/** A chart's downloads: the export menu and, beside it, where its data comes from in the API. */
export function ChartActions({
  data,
  ...menu
}: React.ComponentProps<typeof ChartExportMenu> & { data: DataRecipe }) {
  return (
    // The panel anchors to this row: on a phone it opens from the row's left edge, in view.
    <div className="relative flex flex-wrap items-start gap-2">
      <ChartExportMenu {...menu} />
      <UseThisData recipe={data} title={menu.chart.title} fileStem={menu.chart.fileStem} />
    </div>
  );
}
