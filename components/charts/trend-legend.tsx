import { SHARE_METRICS } from "@/lib/derive/share-metric";

import { trendChartConfig } from "./trend-chart-config";
import { ServerMarkup } from "@/components/ui/server-markup";

/** The two lines of a chart over time (usage solid, tokens dashed), as text with samples. */
export function TrendLegend() {
  return (
    <ServerMarkup>
      <ul
        className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground"
        aria-label="Line legend"
      >
        {SHARE_METRICS.map((key) => (
          <li key={key} className="flex items-center gap-1.5">
            <svg aria-hidden width="20" height="6" className="overflow-visible">
              <line
                x1="0"
                y1="3"
                x2="20"
                y2="3"
                stroke={trendChartConfig[key].colour}
                strokeWidth="2"
                strokeDasharray={trendChartConfig[key].dash}
              />
            </svg>
            {trendChartConfig[key].label}
          </li>
        ))}
      </ul>
    </ServerMarkup>
  );
}
