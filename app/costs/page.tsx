import type { Metadata } from "next";

import { CostsView } from "@/components/costs/costs-view";
import { PageShell } from "@/components/site/page-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { getCatalogue, getPageQuery, getSessionCosts } from "@/lib/data";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Cost per session",
  description:
    "OpenRouter's median cost of one agent session by harness, model and number of turns, as published.",
};

export default async function CostsPage({ searchParams }: QueryPageProps) {
  const [{ query, day }, costs, catalogue] = await Promise.all([
    getPageQuery(searchParams),
    getSessionCosts(),
    getCatalogue(),
  ]);
  const cites =
    costs.state === "published"
      ? { asOf: costs.costs.asOf, source: costs.costs.source, dataset: "session-cost" as const }
      : undefined;
  return (
    <PageShell day={day} nav={{ section: "costs", page: true }} view={DEFAULT_VIEW} cites={cites}>
      <CostsView costs={costs} query={query} catalogue={catalogue} />
    </PageShell>
  );
}
