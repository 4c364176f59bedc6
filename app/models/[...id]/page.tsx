import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ModelCostsCard } from "@/components/costs/model-costs-card";
import { EstimateExplainer } from "@/components/models/estimate-explainer";
import { ModelMixCard } from "@/components/models/model-mix-card";
import { ModelSummary } from "@/components/models/model-summary";
import { ModelVersions } from "@/components/models/model-versions";
import { ModelTrendCard } from "@/components/trends/model-trend-card";
import { dayMetadata } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { getPageQuery } from "@/lib/data";
import { displayName, modelInfo, versionsOf } from "@/lib/derive/catalogue";
import { findModelBySegments } from "@/lib/derive/models";
import { formatPercent } from "@/lib/format";
import type { SearchParams } from "@/lib/url-state/search-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

type ModelPageProps = { params: Promise<{ id: string[] }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({
  params,
  searchParams,
}: ModelPageProps): Promise<Metadata> {
  const day = (await getPageQuery(searchParams)).day;
  const { snapshot, usage } = day.classifications;
  const model = findModelBySegments(usage.byId, (await params).id);
  if (!model) return { title: "Model not found" };
  const info = modelInfo(day.catalogue, model.id);
  const name = displayName(info, model.id);
  return dayMetadata(
    info ? `${name} (${model.id})` : model.id,
    `${name}: at least ${formatPercent(model.estUsageShare)} of classified OpenRouter requests and ${formatPercent(model.estTokenShare)} of tokens across ${model.tagCount} tasks, ${snapshot.windowDays} days to ${snapshot.asOf}.`,
    day,
  );
}

export default async function ModelPage({ params, searchParams }: ModelPageProps) {
  const { day } = await getPageQuery(searchParams);
  const { snapshot, usage } = day.classifications;
  const asOf = day.pinned ? snapshot.asOf : null;
  const model = findModelBySegments(usage.byId, (await params).id);
  if (!model) notFound();
  const info = modelInfo(day.catalogue, model.id);
  const versions = versionsOf(day.catalogue, info);

  return (
    <PageShell day={day} nav={{ section: "models", page: false }} view={{ ...DEFAULT_VIEW, asOf }}>
      <ModelSummary
        model={model}
        tagTotal={snapshot.tags.length}
        info={info}
        asOf={snapshot.asOf}
      />
      <EstimateExplainer />
      <ModelMixCard model={model} snapshot={snapshot} source={day.classifications.source} />
      {info && versions.length > 1 && (
        <ModelVersions
          current={model.id}
          catalogueId={info.catalogueId}
          versions={versions}
          listed={(slug) => usage.byId.has(slug)}
        />
      )}
      <ModelTrendCard model={model.id} />
      <ModelCostsCard model={model.id} />
    </PageShell>
  );
}
