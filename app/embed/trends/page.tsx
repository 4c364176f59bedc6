import { EmbedShell } from "@/components/embed/embed-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { getTrendsView } from "@/lib/data";
import { rankingsCites } from "@/components/trends/rankings-cites";
import { TrendsView } from "@/components/trends/trends-view";
import { trendsHref } from "@/lib/url-state/trends-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Long-run trends (embed)" };

export default async function TrendsEmbed({ searchParams }: QueryPageProps) {
  const { day, state, ignored, loaded } = await getTrendsView(searchParams);
  return (
    <EmbedShell
      day={day}
      fullViewHref={trendsHref({ ...state, ...loaded.range })}
      cites={rankingsCites(loaded)}
    >
      <TrendsView state={state} ignored={ignored} loaded={loaded} embed />
    </EmbedShell>
  );
}
