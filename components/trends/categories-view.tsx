import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { Segment, SegmentLabel } from "@/components/ui/segmented-links";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { RANKINGS_CATEGORIES, RANKINGS_FIRST_DAY } from "@/lib/data";
import { categoryLabel, RANKINGS_LABELS } from "@/lib/glossary/rankings";
import { categoryShares } from "@/lib/derive/trends/category-shares";
import { groupRankings } from "@/lib/derive/trends/group-rankings";
import { TREND_MEASURE_LABELS, TREND_MEASURES } from "@/lib/derive/trends/measure";
import type { DateRange } from "@/lib/derive/trends/range";
import { categoriesHref, trendsHref, type CategoriesState } from "@/lib/url-state/trends-params";

import type { LoadedRankings } from "./load-rankings";
import { RankingsCaveats } from "./rankings-caveats";
import { RankingsNotice } from "./rankings-notice";
import { TrendChartCard } from "./trend-chart-card";
import { keptSettings, TrendControls } from "./trend-controls";

type CategoriesViewProps = {
  state: CategoriesState;
  ignored: string[];
  /** One category's series, or all twelve's, in upstream's order. */
  loaded: LoadedRankings[];
  embed?: boolean;
};

/** /trends/categories: the 12 use-case categories' shares per week, or inside one category. */
export function CategoriesView({ state, ignored, loaded, embed = false }: CategoriesViewProps) {
  const first = loaded[0];
  const range = first?.range ?? null;
  return (
    <>
      <TitledSection
        id="categories-title"
        title={
          state.category
            ? `${categoryLabel(state.category)}: models and providers over time`
            : "Use-case categories over time"
        }
      >
        <p className="max-w-prose">
          {state.category
            ? `The models and providers that carry OpenRouter's ${categoryLabel(state.category).toLowerCase()} tokens, week by week since ${RANKINGS_FIRST_DAY}.`
            : `What OpenRouter's tokens are used for, week by week since ${RANKINGS_FIRST_DAY}. ${RANKINGS_LABELS.categoryShare}`}
        </p>
        <RankingsCaveats sampled />
      </TitledSection>
      <IgnoredNotice ignored={ignored} />
      {!first || range === null ? (
        <RankingsNotice status={first?.series.status ?? { state: "backfilling" }} />
      ) : (
        <CategoriesBody state={state} loaded={loaded} range={range} embed={embed} />
      )}
    </>
  );
}

function CategoriesBody({
  state,
  loaded,
  range,
  embed,
}: {
  state: CategoriesState;
  loaded: LoadedRankings[];
  range: DateRange;
  embed: boolean;
}) {
  const first = loaded[0];
  if (!first) return null;
  const permalink = categoriesHref({ ...state, ...range });
  const exported = {
    asOf: newestDay(loaded),
    source: first.series.source,
    permalink,
  };
  const scope = `${range.from} to ${range.to}`;
  const notes = [RANKINGS_LABELS.categories, RANKINGS_LABELS.tokenizers];
  const category = state.category;

  return (
    <>
      {!embed && (
        <>
          <nav aria-label="Use-case category" className="text-sm print:hidden">
            <SegmentLabel>Category</SegmentLabel>
            <ul className="flex flex-wrap gap-1.5">
              <li>
                <Segment href={categoriesHref({ ...state, category: null })} active={!category}>
                  All 12
                </Segment>
              </li>
              {RANKINGS_CATEGORIES.map((item) => (
                <li key={item}>
                  <Segment
                    href={categoriesHref({ ...state, category: item })}
                    active={category === item}
                  >
                    {categoryLabel(item)}
                  </Segment>
                </li>
              ))}
            </ul>
          </nav>
          <TrendControls
            groups={[
              {
                label: "Show",
                name: "Measure",
                choices: TREND_MEASURES.map((measure) => ({
                  label: TREND_MEASURE_LABELS[measure],
                  href: categoriesHref({ ...state, measure }),
                  active: state.measure === measure,
                })),
              },
            ]}
            range={{
              action: "/trends/categories",
              keep: keptSettings(categoriesHref(state)),
              from: range.from,
              to: range.to,
              first: first.series.firstDate ?? RANKINGS_FIRST_DAY,
              last: first.series.lastDate ?? range.to,
            }}
          />
        </>
      )}
      {category === null ? (
        <TrendChartCard
          id="trend-categories"
          title="Share of categorised tokens by use case"
          description={`${TREND_MEASURE_LABELS[state.measure]} · each week, the 12 categories' tokens · ${scope}`}
          chartLabel={`Stacked chart of the 12 use-case categories' ${state.measure === "share" ? "shares of categorised tokens" : "estimated tokens"} per week, ${scope}.`}
          table={categoryShares(
            loaded.map((item) => {
              const key = item.series.category ?? "programming";
              return { category: key, label: categoryLabel(key), rows: item.series.rows };
            }),
          )}
          measure={state.measure}
          notes={[RANKINGS_LABELS.categoryShare, ...notes]}
          exported={{
            ...exported,
            what: ["categories", range.from, "to", range.to],
            view: { from: range.from, to: range.to, measure: state.measure },
          }}
        />
      ) : (
        (["model", "provider"] as const).map((by) => (
          <TrendChartCard
            key={by}
            id={`trend-category-${by}`}
            title={`${categoryLabel(category)}: tokens by ${by}`}
            description={`${TREND_MEASURE_LABELS[state.measure]} of the category's estimated tokens · top ${by === "model" ? "models" : "providers"} over the range · ${scope}`}
            chartLabel={`Stacked chart of ${categoryLabel(category)} tokens per week by ${by}, ${scope}.`}
            table={groupRankings(first.series.rows, "week", by)}
            measure={state.measure}
            notes={[...notes, RANKINGS_LABELS.outside]}
            exported={{
              ...exported,
              what: [category, "by", by, range.from, "to", range.to],
              view: { category, by, from: range.from, to: range.to, measure: state.measure },
              fullData: first.fullData,
            }}
          />
        ))
      )}
      {!embed && (
        <p className="text-sm">
          All tokens, not only categorised ones:{" "}
          <TextLink href={trendsHref({ from: state.from, to: state.to })}>
            token volume by model and provider
          </TextLink>
          .
        </p>
      )}
    </>
  );
}

/** The newest of the series' dates, which the citation names. */
function newestDay(loaded: LoadedRankings[]): string {
  return loaded.reduce((newest, item) => (item.asOfDay > newest ? item.asOfDay : newest), "");
}
