import type { ShareMetric } from "@/lib/derive/share-metric";

import type { ChartConfig } from "./chart-config";

// Shared by the trend chart (client) and its legend (server): a "use client" module's exports
// other than components cannot be read on the server.
export const trendChartConfig = {
  usage: { label: "Usage share", colour: "var(--chart-code)", dash: undefined },
  tokens: { label: "Token share", colour: "var(--chart-data)", dash: "5 3" },
} satisfies ChartConfig<ShareMetric>;
