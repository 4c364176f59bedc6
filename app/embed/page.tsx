import { EmbedShell } from "@/components/embed/embed-shell";
import { OverviewView } from "@/components/overview/overview-view";
import { getClassifications } from "@/lib/openrouter";
import { overviewHref, parseOverviewParams } from "@/lib/overview-params";
import type { SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Overview (embed)" };

export default async function OverviewEmbed({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const classifications = await getClassifications();
  const { snapshot } = classifications;
  const { state, ignored } = parseOverviewParams(
    await searchParams,
    snapshot.macroCategories.map((macro) => macro.key),
  );
  return (
    <EmbedShell classifications={classifications} fullViewHref={overviewHref(state)}>
      <OverviewView snapshot={snapshot} state={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
