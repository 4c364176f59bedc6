import { EmbedShell } from "@/components/embed/embed-shell";
import { OverviewView } from "@/components/overview/overview-view";
import { overviewHref } from "@/lib/url-state/overview-params";
import type { SearchParams } from "@/lib/url-state/search-params";
import { getOverview } from "@/lib/data/shown-snapshot";

export const dynamic = "force-dynamic";

export const metadata = { title: "Overview (embed)" };

export default async function OverviewEmbed({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { page, state, ignored } = await getOverview(await searchParams);
  return (
    <EmbedShell classifications={page.classifications} fullViewHref={overviewHref(state)}>
      <OverviewView page={page} state={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
