import { EstimateExplainer } from "@/components/models/estimate-explainer";
import { OpenWeightsCard } from "@/components/models/open-weights-card";
import { OpenWeightsTrendCard } from "@/components/models/open-weights-trend-card";
import { ProviderWeightsCard } from "@/components/providers/provider-weights-card";
import { releaseMarkers } from "@/lib/derive/catalogue";
import { deriveOpenWeights, overallWeights } from "@/lib/derive/open-weights";
import { TitledSection } from "@/components/ui/titled-section";
import { MetricControls } from "@/components/providers/metric-controls";
import { ProviderTotalsCard } from "@/components/providers/provider-totals-card";
import { TagProviderCard } from "@/components/providers/tag-provider-card";
import { ProviderTrendCard } from "@/components/trends/provider-trend-card";
import { sectionPage } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { providerPalette } from "@/lib/derive/provider-series";
import { providerNamer } from "@/lib/derive/catalogue";
import { parseProvidersParams, providersHref } from "@/lib/url-state/providers-params";
import { sortTags } from "@/lib/derive/tags";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

const page = sectionPage(
  "Providers",
  "Which model providers serve each task on OpenRouter: every task's traffic by provider, and the providers' estimated shares overall and per macro-category.",
  ({ query, day }) => {
    const { snapshot, usage } = day.classifications;
    const { state, ignored } = parseProvidersParams(query);
    const permalink = providersHref({ ...state, asOf: snapshot.asOf });
    const weights = deriveOpenWeights(snapshot, usage, day.catalogue);
    const palette = providerPalette(
      usage.providers.map((item) => item.provider),
      providerNamer(day.catalogue),
    );
    // What both cards draw from, and cite under their pictures.
    const cards = {
      usage,
      snapshot,
      palette,
      metric: state.metric,
      permalink,
      source: day.classifications.source,
    };

    return (
      <PageShell
        day={day}
        nav={{ section: "providers", page: true }}
        view={{ ...DEFAULT_VIEW, asOf: state.asOf }}
      >
        <TitledSection id="providers-title" title="Providers">
          <p className="max-w-prose">
            The provider is the part of a model id before the first &ldquo;/&rdquo;. Which providers
            serve each task, and how much of all classified traffic their listed models carry.
          </p>
          <EstimateExplainer />
        </TitledSection>
        <IgnoredNotice ignored={ignored} />
        <MetricControls metric={state.metric} />
        <ProviderTotalsCard {...cards} />
        <TagProviderCard tags={sortTags(snapshot.tags, state.metric)} {...cards} />
        <OpenWeightsCard
          weights={weights}
          macroCategories={snapshot.macroCategories}
          catalogue={day.catalogue}
        />
        <ProviderWeightsCard providers={weights.byProvider} />
        <OpenWeightsTrendCard
          series={day.history.seriesOf((stored) => overallWeights(stored, day.catalogue).open)}
          olderDays={day.history.olderDays}
          markers={releaseMarkers(usage.models, day.catalogue)}
          permalink={permalink}
          source={day.classifications.source}
        />
        <ProviderTrendCard />
      </PageShell>
    );
  },
);

export const generateMetadata = page.generateMetadata;
export default page.Page;
