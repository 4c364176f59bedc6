import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EstimateExplainer } from "@/components/models/estimate-explainer";
import { ModelMixCard } from "@/components/models/model-mix-card";
import { ModelSummary } from "@/components/models/model-summary";
import { PageShell } from "@/components/site/page-shell";
import { formatPercent } from "@/lib/format";
import { findModelBySegments } from "@/lib/derive/models";
import { getClassifications, getRevalidateSeconds } from "@/lib/data/service";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

type ModelPageProps = { params: Promise<{ id: string[] }> };

export async function generateMetadata({ params }: ModelPageProps): Promise<Metadata> {
  const { snapshot, usage } = await getClassifications();
  const model = findModelBySegments(usage.byId, (await params).id);
  if (!model) return { title: "Model not found" };
  return {
    title: model.id,
    description: `${model.id}: at least ${formatPercent(model.estUsageShare)} of classified OpenRouter requests and ${formatPercent(model.estTokenShare)} of tokens across ${model.tagCount} tasks, ${snapshot.windowDays} days to ${snapshot.asOf}.`,
  };
}

export default async function ModelPage({ params }: ModelPageProps) {
  const classifications = await getClassifications();
  const { snapshot, usage } = classifications;
  const model = findModelBySegments(usage.byId, (await params).id);
  if (!model) notFound();

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "models", page: false }}
      view={DEFAULT_VIEW}
    >
      <ModelSummary model={model} tagTotal={snapshot.tags.length} />
      <EstimateExplainer />
      <ModelMixCard model={model} snapshot={snapshot} />
    </PageShell>
  );
}
