import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { trendsHref } from "@/lib/url-state/trends-params";

import { getTrend } from "@/lib/data";
import { RankingsNotice } from "./rankings-notice";
import { TrendChartCard } from "./trend-chart-card";
import { MODEL_TRENDS_ID, modelChart } from "./trend-charts";

/**
 * A model profile's tokens over time, from OpenRouter's daily rankings: every day it was among
 * the top 50. A model never ranked is said so, as is a history still being fetched.
 */
export async function ModelTrendCard({ model }: { model: string }) {
  const loaded = await getTrend({ period: "day", category: null, from: null, to: null });
  const { series, range } = loaded;
  const chart = range ? modelChart(model, { ...loaded, range }) : null;
  const ranked = chart?.table.points.some((point) => point.values[0] !== null) ?? false;

  return (
    <section id={MODEL_TRENDS_ID} aria-label="Tokens over time" className="scroll-mt-4">
      {chart && ranked ? (
        <TrendChartCard chart={chart} />
      ) : (
        <Card title="Tokens per day" titleId="model-trend-title">
          {range === null ? (
            <RankingsNotice status={series.status} held={loaded.held} />
          ) : (
            <p className="text-sm" data-testid="model-trend-none">
              No rankings data for this model: it has not been among OpenRouter&rsquo;s top 50
              models by tokens on any day from {range.from} to {range.to}.{" "}
              <TextLink href={trendsHref({})} className="underline">
                All models over time
              </TextLink>
              .
            </p>
          )}
        </Card>
      )}
    </section>
  );
}
