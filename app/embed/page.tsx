import { EmbedShell } from "@/components/embed/embed-shell";
import { OverviewView } from "@/components/overview/overview-view";
import { getPageView } from "@/lib/data";
import { pinnedDayIn } from "@/lib/url-state/as-of";
import { overviewHref, parseOverviewParams } from "@/lib/url-state/overview-params";
import type { SearchParams } from "@/lib/url-state/search-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Overview (embed)" };

export default async function OverviewEmbed({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const query = await searchParams;
  const day = await getPageView(pinnedDayIn(query));
  const { state, ignored } = parseOverviewParams(query, day.classifications.snapshot);
  return (
    <EmbedShell day={day} fullViewHref={overviewHref(state)}>
      <OverviewView page={day} state={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
