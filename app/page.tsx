import { MacroDonutCard } from "@/components/overview/macro-donut-card";
import { TagBarsCard } from "@/components/overview/tag-bars-card";
import { TagControls } from "@/components/overview/tag-controls";
import { TagTable } from "@/components/overview/tag-table";
import { PageShell } from "@/components/site/page-shell";
import { getClassifications, getRevalidateSeconds } from "@/lib/openrouter";
import { parseOverviewParams, type SearchParams } from "@/lib/overview-params";
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
    <PageShell classifications={classifications} pollSeconds={getRevalidateSeconds()}>
      <h1 className="sr-only">OpenRouter traffic by task classification</h1>
      {ignored.length > 0 && (
        <p role="status" className="rounded-lg border border-border bg-muted px-4 py-2 text-sm">
          Ignored unknown view setting{ignored.length > 1 ? "s" : ""} {ignored.join(", ")}; showing
          the default instead.
        </p>
      )}
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
