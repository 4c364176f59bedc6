import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { SegmentNav } from "@/components/ui/segmented-links";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { type Trend } from "@/lib/data";
import { RANKINGS_CATEGORIES, RANKINGS_FIRST_DAY } from "@/lib/model";
import { categoryLabel, rankingsOrigin, RANKINGS_LABELS } from "@/lib/glossary/rankings";
import type { DateRange } from "@/lib/derive/trends/range";
import { categoriesHref, trendsHref, type CategoriesState } from "@/lib/url-state/trends-params";

import { RankingsCaveats } from "./rankings-caveats";
import { RankingsNotice } from "./rankings-notice";
import { TrendChartCard } from "./trend-chart-card";
import { categoriesCharts } from "./trend-charts";
import { measureControl, TrendControls, versionsControl } from "./trend-controls";

type CategoriesViewProps = {
  state: CategoriesState;
  ignored: string[];
  /** One category's series, or all twelve's, in upstream's order. */
  loaded: Trend[];
  embed?: boolean;
};

/** /trends/categories: the 12 use-case categories' shares per week, or inside one category. */
export function CategoriesView({ state, ignored, loaded, embed = false }: CategoriesViewProps) {
  const first = loaded[0];
  const range = first?.range ?? null;
  const source = first?.series.source ?? "live";
  const origin = rankingsOrigin(source);
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
            ? `The models and providers that carry ${origin.whose} ${categoryLabel(state.category).toLowerCase()} tokens, week by week since ${RANKINGS_FIRST_DAY}.`
            : `What ${origin.whose} tokens are used for, week by week since ${RANKINGS_FIRST_DAY}. ${RANKINGS_LABELS.categoryShare}`}
        </p>
        <RankingsCaveats source={source} sampled />
      </TitledSection>
      <IgnoredNotice ignored={ignored} />
      {!first || range === null ? (
        <RankingsNotice
          status={first?.series.status ?? { state: "backfilling" }}
          held={first?.held}
        />
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
  loaded: Trend[];
  range: DateRange;
  embed: boolean;
}) {
  const first = loaded[0];
  if (!first) return null;
  const category = state.category;

  return (
    <>
      {!embed && (
        <>
          <SegmentNav
            name="Use-case category"
            label="Category"
            className="text-sm print:hidden"
            choices={[
              {
                label: "All 12",
                href: categoriesHref({ ...state, category: null }),
                active: !category,
              },
              ...RANKINGS_CATEGORIES.map((item) => ({
                label: categoryLabel(item),
                href: categoriesHref({ ...state, category: item }),
                active: category === item,
              })),
            ]}
          />
          <TrendControls
            groups={[
              measureControl(state.measure, (measure) => categoriesHref({ ...state, measure })),
              // Only one category's models have versions to merge; the 12 categories' totals don't.
              ...(state.category
                ? [
                    versionsControl(state.versions, (versions) =>
                      categoriesHref({ ...state, versions }),
                    ),
                  ]
                : []),
            ]}
            viewHref={categoriesHref(state)}
            range={range}
            held={first.held}
          />
        </>
      )}
      {categoriesCharts(
        state,
        loaded.map((item) => ({ ...item, range })),
      ).map((chart) => (
        <TrendChartCard key={chart.id} chart={chart} />
      ))}
      {!embed && (
        <p className="text-sm">
          All tokens, not only categorised ones:{" "}
          <TextLink
            href={trendsHref({ from: state.from, to: state.to, versions: state.versions })}
            className="underline"
          >
            token volume by model and provider
          </TextLink>
          .
        </p>
      )}
    </>
  );
}
