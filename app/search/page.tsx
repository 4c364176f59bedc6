import type { Metadata } from "next";

import { SearchResultsList } from "@/components/search/search-results";
import { pinnedTitle } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { getPageQuery } from "@/lib/data";
import { displayName, modelInfo } from "@/lib/derive/catalogue";
import { chartModelName } from "@/lib/derive/models";
import { searchDay } from "@/lib/derive/search";
import { modelsHref } from "@/lib/url-state/models-params";
import { providersHref } from "@/lib/url-state/providers-params";
import { parseSearchPageParams, searchHref } from "@/lib/url-state/search-page-params";
import type { SearchParams } from "@/lib/url-state/search-params";
import { DEFAULT_VIEW, viewHref } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

const DESCRIPTION = "Find a task, a model or a provider in OpenRouter's task classifications.";

type SearchPageProps = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { query, day } = await getPageQuery(searchParams);
  const q = parseSearchPageParams(query).state.q.trim();
  return {
    title: pinnedTitle(q ? `Search: ${q}` : "Search", day),
    description: DESCRIPTION,
    // Any text makes a page: none of them is worth indexing.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { snapshot, usage } = day.classifications;
  const { state, ignored } = parseSearchPageParams(query);
  const q = state.q.trim();
  // Models are found by their catalogue name too ("kimi k3"), not only by slug.
  const models = usage.models.map((model) => {
    const info = modelInfo(day.catalogue, model.id);
    return info ? { ...model, name: displayName(info, model.id) } : model;
  });
  const results = searchDay(snapshot, { models, providers: usage.providers }, q);
  const found = results.tasks.total + results.models.total + results.providers.total;
  const { asOf, theme } = state;

  // Examples that match on every day: its largest task, model and provider.
  const topTask = snapshot.tags.find((tag) => tag.usageRank === 1) ?? snapshot.tags[0];
  const topModel = usage.models[0];
  const topProvider = usage.providers.find((item) => item.provider !== "");
  const examples = [
    topTask?.displayName,
    topModel && chartModelName(topModel.id),
    topProvider?.provider,
  ].filter((example): example is string => Boolean(example));

  const exampleLinks = (
    <ul className="flex flex-wrap gap-2" aria-label="Example searches">
      {examples.map((example) => (
        <li key={example}>
          <a
            href={searchHref({ q: example, asOf, theme })}
            className="inline-flex min-h-9 items-center rounded-md border border-border bg-card px-3 py-1.5 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-accent"
          >
            {example}
          </a>
        </li>
      ))}
    </ul>
  );

  return (
    <PageShell day={day} view={{ ...DEFAULT_VIEW, asOf, theme }} searchQuery={q}>
      <section aria-labelledby="search-title" className="flex flex-col gap-3">
        <h1 id="search-title" className="text-2xl font-semibold tracking-tight break-words">
          {q ? (
            <>
              Search: <span className="font-normal">&ldquo;{q}&rdquo;</span>
            </>
          ) : (
            "Search"
          )}
        </h1>
        {q === "" ? (
          <>
            <p className="max-w-prose" data-testid="search-summary">
              Find a task by its name or key, a model by its id (with or without its provider and
              date) or a provider, in the data of {snapshot.asOf}. Type in the search box at the top
              of the page (press{" "}
              <kbd className="rounded border border-border bg-muted px-1.5 text-sm">/</kbd> to get
              there), or try one of these:
            </p>
            {exampleLinks}
          </>
        ) : found === 0 ? (
          <>
            <p className="max-w-prose" data-testid="search-summary">
              No task, model or provider matches &ldquo;{q}&rdquo; in the data of {snapshot.asOf}.
            </p>
            <p className="max-w-prose text-muted-foreground">
              Try fewer letters, part of a model&rsquo;s name without its provider or date, or one
              of these searches. Or browse every{" "}
              <a href={viewHref("/", { asOf, theme })} className={INLINE_LINK}>
                task
              </a>
              ,{" "}
              <a href={modelsHref({ asOf })} className={INLINE_LINK}>
                model
              </a>{" "}
              and{" "}
              <a href={providersHref({ asOf })} className={INLINE_LINK}>
                provider
              </a>
              .
            </p>
            {exampleLinks}
          </>
        ) : (
          <p className="max-w-prose" data-testid="search-summary">
            {countOf(results.tasks.total, "task")}, {countOf(results.models.total, "model")} and{" "}
            {countOf(results.providers.total, "provider")} match, in the data of {snapshot.asOf}.
            Closest matches first.
          </p>
        )}
      </section>
      <IgnoredNotice ignored={ignored} />
      {found > 0 && (
        <SearchResultsList
          results={results}
          macroCategories={snapshot.macroCategories}
          asOf={asOf}
          theme={theme}
        />
      )}
    </PageShell>
  );
}

const INLINE_LINK =
  "rounded text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-accent";

function countOf(count: number, noun: string): string {
  if (count === 0) return `no ${noun}s`;
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
