import { TextLink } from "@/components/ui/text-link";
import { trendsHref } from "@/lib/url-state/trends-params";

import { getTrend } from "@/lib/data";
import { RankingsNotice } from "./rankings-notice";
import { TrendChartCard } from "./trend-chart-card";
import { providerChart } from "./trend-charts";

/** The providers page's long view: each provider's share of all tokens per week since 2025. */
export async function ProviderTrendCard() {
  const loaded = await getTrend({ period: "week", category: null, from: null, to: null });
  const { series, range } = loaded;
  if (range === null) return <RankingsNotice status={series.status} held={loaded.held} />;
  return (
    <div className="flex flex-col gap-2">
      <TrendChartCard chart={providerChart({ ...loaded, range })} />
      <p className="text-sm">
        <TextLink href={trendsHref({ by: "provider", ...range })} className="underline">
          Providers over time in detail
        </TextLink>
        : by day, week or month, in tokens or shares, over any range.
      </p>
    </div>
  );
}
