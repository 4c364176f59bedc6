import { ChartActions } from "@/components/export/chart-actions";
import { TitledSection } from "@/components/ui/titled-section";
import { EstimateExplainer } from "@/components/models/estimate-explainer";
import { ModelControls } from "@/components/models/model-controls";
import { ModelIndexTable } from "@/components/models/model-index-table";
import { NewModels } from "@/components/models/new-models";
import { OpenWeightsCard } from "@/components/models/open-weights-card";
import { OpenWeightsTrendCard } from "@/components/models/open-weights-trend-card";
import { WEIGHTS_LABELS } from "@/lib/model";
import { formatCountOf } from "@/lib/format";
import { sectionPage } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { Card } from "@/components/ui/card";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { EstimateInfo, LowerBound } from "@/components/ui/lower-bound";
import { ESTIMATE_NOTE } from "@/lib/derive/model-usage";
import { chartExport } from "@/lib/export/chart-export";
import { modelIndexRows } from "@/lib/export/rows";
import { dataPath } from "@/lib/export/snippets";
import { releaseMarkers } from "@/lib/derive/catalogue";
import { filterByWeights, filterModels, MODEL_SORT, sortModels } from "@/lib/derive/model-list";
import { deriveOpenWeights, overallWeights } from "@/lib/derive/open-weights";
import { providerLabel } from "@/lib/derive/models";
import { modelsHref, parseModelsParams } from "@/lib/url-state/models-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

const page = sectionPage(
  "Models",
  "Every model in any task's top list on OpenRouter, with its estimated share of all classified requests and tokens and its top task.",
  ({ query, day }) => {
    const { snapshot, usage } = day.classifications;
    const { catalogue } = day;
    const { state, ignored } = parseModelsParams(
      query,
      usage.providers.map((item) => item.provider),
    );
    const models = sortModels(
      filterByWeights(filterModels(usage.models, state.provider), state.weights, catalogue),
      state.sort,
    );
    const weights = deriveOpenWeights(snapshot, usage, catalogue);
    const listed = {
      usage: 1 - usage.overall.otherModels.usageShare,
      tokens: 1 - usage.overall.otherModels.tokenShare,
    };
    const scope = [
      state.provider === null ? "All providers" : `Provider ${providerLabel(state.provider)}`,
      ...(state.weights === null ? [] : [WEIGHTS_LABELS[state.weights]]),
    ].join(" · ");
    const description = `${scope} · ${formatCountOf(models.length, "model")} · sorted by ${MODEL_SORT.labels[state.sort].toLowerCase()}`;
    const exported = chartExport({
      what: [
        "models",
        ...(state.provider === null ? [] : [state.provider]),
        ...(state.weights === null ? [] : [`${state.weights}-weights`]),
        `by-${state.sort}`,
      ],
      title: "Every listed model",
      subtitle: `${description} · ${ESTIMATE_NOTE}`,
      asOf: snapshot.asOf,
      legend: [],
      permalink: modelsHref({ ...state, asOf: snapshot.asOf }),
      source: day.classifications.source,
      view: {
        provider: state.provider ?? "all",
        weights: state.weights ?? "all",
        sort: state.sort,
      },
      ...modelIndexRows(models, catalogue),
    });

    return (
      <PageShell
        day={day}
        nav={{ section: "models", page: true }}
        view={{ ...DEFAULT_VIEW, asOf: state.asOf }}
      >
        <TitledSection id="models-title" title="Models">
          <p className="relative max-w-prose" data-testid="models-summary">
            {usage.models.length} models from {usage.providers.length} providers appear in the top
            lists of {snapshot.tags.filter((tag) => tag.models.length > 0).length} of{" "}
            {snapshot.tags.length} tasks. Together they account for{" "}
            <LowerBound value={listed.usage} /> of classified requests and{" "}
            <LowerBound value={listed.tokens} /> of tokens.{" "}
            <EstimateInfo id="models-estimate-info" />
          </p>
          <NewModels models={usage.models} asOf={snapshot.asOf} catalogue={catalogue} />
          <EstimateExplainer />
        </TitledSection>
        <IgnoredNotice ignored={ignored} />
        <Card
          title="Every listed model"
          titleId="model-index-title"
          description={description}
          actions={
            // A table with no chart: its data files only.
            <ChartActions
              figureId="model-index"
              chart={exported}
              formats={["csv", "json"]}
              data={{
                path: dataPath("/api/models", { as_of: snapshot.asOf, format: "csv" }),
                dates: ["as_of"],
                filters:
                  state.provider === null ? [] : [{ column: "provider", value: state.provider }],
              }}
            />
          }
        >
          <div className="flex flex-col gap-5">
            <ModelControls state={state} providers={usage.providers} />
            <ModelIndexTable
              models={models}
              tagTotal={snapshot.tags.length}
              state={state}
              asOf={snapshot.asOf}
            />
          </div>
        </Card>
        <OpenWeightsCard
          weights={weights}
          macroCategories={snapshot.macroCategories}
          catalogue={catalogue}
        />
        <OpenWeightsTrendCard
          series={day.history.seriesOf((stored) => overallWeights(stored, catalogue).open)}
          olderDays={day.history.olderDays}
          markers={releaseMarkers(usage.models, catalogue)}
          permalink={modelsHref({ ...state, asOf: snapshot.asOf })}
          source={day.classifications.source}
        />
      </PageShell>
    );
  },
);

export const generateMetadata = page.generateMetadata;
export default page.Page;
