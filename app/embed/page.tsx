import { EmbedShell } from "@/components/embed/embed-shell";
import { OverviewView } from "@/components/overview/overview-view";
import { overviewHref, parseOverviewParams } from "@/lib/overview-params";
import type { SearchParams } from "@/lib/search-params";
import { getShownSnapshot } from "@/lib/shown-snapshot";

export const dynamic = "force-dynamic";

export const metadata = { title: "Overview (embed)" };

export default async function OverviewEmbed({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const page = await getShownSnapshot(params);
  const { snapshot } = page.classifications;
  const { state, ignored } = parseOverviewParams(
    params,
    snapshot.macroCategories.map((macro) => macro.key),
  );
  return (
    <EmbedShell classifications={page.classifications} fullViewHref={overviewHref(state)}>
      <OverviewView page={page} state={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
