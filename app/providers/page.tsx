import { EstimateExplainer } from "@/components/models/estimate-explainer";
import { MetricControls } from "@/components/providers/metric-controls";
import { ProviderTotalsCard } from "@/components/providers/provider-totals-card";
import { TagProviderCard } from "@/components/providers/tag-provider-card";
import { sectionMetadata, type QueryPageProps } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { getPageQuery } from "@/lib/data";
import { providerPalette } from "@/lib/derive/provider-series";
import { parseProvidersParams, providersHref } from "@/lib/url-state/providers-params";
import { sortTags } from "@/lib/derive/tags";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

export const generateMetadata = sectionMetadata(
  "Providers",
  "Which model providers serve each task on OpenRouter: every task's traffic by provider, and the providers' estimated shares overall and per macro-category.",
);

export default async function ProvidersPage({ searchParams }: QueryPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { snapshot, usage } = day.classifications;
  const { state, ignored } = parseProvidersParams(query);
  const permalink = providersHref({ ...state, asOf: snapshot.asOf });
  const palette = providerPalette(usage.providers.map((item) => item.provider));

  return (
    <PageShell
      day={day}
      nav={{ section: "providers", page: true }}
      view={{ ...DEFAULT_VIEW, asOf: state.asOf }}
    >
      <section aria-labelledby="providers-title" className="flex flex-col gap-3">
        <h1 id="providers-title" className="text-2xl font-semibold tracking-tight">
          Providers
        </h1>
        <p className="max-w-prose">
          The provider is the part of a model id before the first &ldquo;/&rdquo;. Which providers
          serve each task, and how much of all classified traffic their listed models carry.
        </p>
        <EstimateExplainer />
      </section>
      <IgnoredNotice ignored={ignored} />
      <MetricControls metric={state.metric} />
      <ProviderTotalsCard
        usage={usage}
        snapshot={snapshot}
        palette={palette}
        metric={state.metric}
        permalink={permalink}
        source={day.classifications.source}
      />
      <TagProviderCard
        tags={sortTags(snapshot.tags, state.metric)}
        snapshot={snapshot}
        usage={usage}
        palette={palette}
        metric={state.metric}
        permalink={permalink}
        source={day.classifications.source}
      />
    </PageShell>
  );
}
