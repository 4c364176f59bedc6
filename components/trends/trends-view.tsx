import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { segmentChoices } from "@/components/ui/segmented-links";
import { Stat } from "@/components/ui/stat";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { type Trend } from "@/lib/data";
import { RANKINGS_FIRST_DAY, RANKINGS_PERIODS } from "@/lib/model";
import { formatExactTokens, formatPercent, formatTokens } from "@/lib/format";
import { exactShare, sumTokens } from "@/lib/derive/trends/exact-share";
import { TREND_GROUPING } from "@/lib/derive/trends/group-rankings";
import type { DateRange } from "@/lib/derive/trends/range";
import { categoriesHref, trendsHref, type TrendsState } from "@/lib/url-state/trends-params";

import { PERIOD_NOUNS, pointLabel } from "./point-label";
import { RankingsCaveats } from "./rankings-caveats";
import { RankingsNotice } from "./rankings-notice";
import { measureControl, TrendControls, versionsControl } from "./trend-controls";
import { TrendChartCard } from "./trend-chart-card";
import { trendsCharts, trendsLeader } from "./trend-charts";
import { LeaderSentence } from "./leader-sentence";

const PERIOD_LABELS = { day: "Day", week: "Week", month: "Month" } as const;

type TrendsViewProps = {
  state: TrendsState;
  ignored: string[];
  loaded: Trend;
  /** An embed: no controls, no links away. */
  embed?: boolean;
};

/** /trends: token volume over time by model or provider, and how concentrated it is. */
export function TrendsView({ state, ignored, loaded, embed = false }: TrendsViewProps) {
  const { series, range } = loaded;
  return (
    <>
      <TitledSection id="trends-title" title="Long-run trends">
        <p className="max-w-prose">
          {series.source === "sample"
            ? "Tokens over time in an illustrative sample shaped like OpenRouter's public rankings dataset"
            : "Tokens processed on OpenRouter over time, from its public rankings dataset"}
          : every day since {RANKINGS_FIRST_DAY}, the top 50 models by tokens and one row for
          everything else.
        </p>
        <RankingsCaveats source={series.source} />
      </TitledSection>
      <IgnoredNotice ignored={ignored} />
      {range === null ? (
        <RankingsNotice status={series.status} held={loaded.held} />
      ) : (
        <TrendsBody state={state} loaded={{ ...loaded, range }} embed={embed} />
      )}
    </>
  );
}

function TrendsBody({
  state,
  loaded,
  embed,
}: {
  state: TrendsState;
  loaded: Trend & { range: DateRange };
  embed: boolean;
}) {
  const { series, range } = loaded;
  const period = series.period;
  const charts = trendsCharts(state, loaded);
  const points = charts.find((chart) => chart.id === "trend-concentration")?.table.points ?? [];
  const leader = trendsLeader(state, loaded, points);
  const charted = charts
    .find((chart) => chart.id === "trend-volume")
    ?.table.series.filter((item) => item.kind === "named")
    .flatMap((item) => item.members);
  const last = points.at(-1);
  // By weights, the volume chart's first series is the open weights'.
  const open =
    state.by === "weights"
      ? charts.find((chart) => chart.id === "trend-volume")?.table.points.at(-1)
      : undefined;
  const total = sumTokens(points.map((point) => point.total));
  const [one] = PERIOD_NOUNS[period];

  return (
    <>
      {!embed && (
        <TrendControls
          groups={[
            {
              label: "By",
              name: "Group by",
              choices: segmentChoices(TREND_GROUPING, state.by, (by) =>
                trendsHref({ ...state, by }),
              ),
            },
            {
              label: "Period",
              name: "Period",
              choices: segmentChoices(
                { choices: RANKINGS_PERIODS, labels: PERIOD_LABELS },
                period,
                (value) => trendsHref({ ...state, period: value }),
              ),
            },
            measureControl(state.measure, (measure) => trendsHref({ ...state, measure })),
            // Weights are each dated version's own: that view has nothing to merge.
            ...(state.by === "weights"
              ? []
              : [
                  versionsControl(state.versions, (versions) => trendsHref({ ...state, versions })),
                ]),
          ]}
          viewHref={trendsHref(state)}
          range={range}
          held={loaded.held}
        />
      )}
      <dl
        className={`grid grid-cols-1 gap-3 tabular-nums ${open ? "sm:grid-cols-2 lg:grid-cols-4" : "sm:grid-cols-3"}`}
        data-testid="trends-stats"
      >
        <Stat
          label="Tokens in the range"
          term="trendRangeTokens"
          value={formatTokens(total)}
          note={`${formatExactTokens(total)} · ${range.from} to ${range.to}`}
          testId="stat-total"
        />
        {last && (
          <Stat
            label={last.complete ? `Latest ${one}` : `Latest ${one}, partial`}
            term="trendLatest"
            value={formatTokens(last.total)}
            note={`${pointLabel(last, period, false)} · ${formatExactTokens(last.total)}`}
            testId="stat-latest"
          />
        )}
        {last && (
          <Stat
            label="Top 50's share, latest"
            term="trendTop50"
            value={formatPercent(exactShare(last.values[0] ?? 0n, last.total))}
            note={`of all tokens in the ${one} of ${last.date}`}
            testId="stat-top50"
          />
        )}
        {open && (
          <Stat
            term="trendOpenWeights"
            value={formatPercent(exactShare(open.values[0] ?? 0n, open.total))}
            note={`${formatExactTokens(open.values[0] ?? 0n)} tokens in the ${one} of ${open.date}, at least`}
            testId="stat-open-weights"
          />
        )}
      </dl>
      {leader && (
        <LeaderSentence
          leader={leader}
          period={period}
          by={state.by === "provider" ? "provider" : "model"}
          charted={charted?.includes(leader.member) ?? false}
        />
      )}
      {charts.map((chart) => (
        <TrendChartCard key={chart.id} chart={chart} />
      ))}
      {!embed && (
        <p className="text-sm">
          What the tokens are used for:{" "}
          <TextLink
            href={categoriesHref({ from: state.from, to: state.to, versions: state.versions })}
            className="underline"
          >
            the 12 use-case categories over time
          </TextLink>
          .
        </p>
      )}
    </>
  );
}
