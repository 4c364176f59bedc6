import { MacroDonutCard } from "@/components/overview/macro-donut-card";
import { TagBarsCard } from "@/components/overview/tag-bars-card";
import { TagControls } from "@/components/overview/tag-controls";
import { TagTable } from "@/components/overview/tag-table";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { getClassifications, getRevalidateSeconds } from "@/lib/openrouter";
import { parseOverviewParams } from "@/lib/overview-params";
import type { SearchParams } from "@/lib/search-params";
import { filterTags, sortTags } from "@/lib/tags";

// Data is read at request time from the server's cache; never at build time.
export const dynamic = "force-dynamic";

export default async function OverviewPage({
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
  const tags = sortTags(filterTags(snapshot.tags, state.macro), state.sort);
  const filterLabel = snapshot.macroCategories.find((macro) => macro.key === state.macro)?.label;

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "overview", page: true }}
    >
      <h1 className="sr-only">OpenRouter traffic by task classification</h1>
      <IgnoredNotice ignored={ignored} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <MacroDonutCard metric="usage" macroCategories={snapshot.macroCategories} />
        <MacroDonutCard metric="tokens" macroCategories={snapshot.macroCategories} />
      </div>
      <TagBarsCard
        tags={tags}
        macroCategories={snapshot.macroCategories}
        sort={state.sort}
        filterLabel={filterLabel}
        tableId="tag-table"
        controls={<TagControls state={state} macroCategories={snapshot.macroCategories} />}
      >
        <TagTable
          id="tag-table"
          tags={tags}
          macroCategories={snapshot.macroCategories}
          state={state}
        />
      </TagBarsCard>
    </PageShell>
  );
}
