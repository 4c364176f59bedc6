import { EmbedShell } from "@/components/embed/embed-shell";
import { OverviewView } from "@/components/overview/overview-view";
import { getPageQuery } from "@/lib/data";
import { overviewHref, parseOverviewParams } from "@/lib/url-state/overview-params";
import type { SearchParams } from "@/lib/url-state/search-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Overview (embed)" };

export default async function OverviewEmbed({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseOverviewParams(query, day.classifications.snapshot);
  return (
    <EmbedShell day={day} fullViewHref={overviewHref(state)}>
      <OverviewView page={day} state={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
