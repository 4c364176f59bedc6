import { LowerBound } from "@/components/ui/lower-bound";
import { MacroBadge } from "@/components/ui/macro-badge";
import { ModelLink } from "@/components/ui/model-link";
import { TextLink } from "@/components/ui/text-link";
import { macroColours } from "@/lib/derive/macro-categories";
import type { ModelUsage, ProviderUsage } from "@/lib/derive/model-usage";
import { providerLabel } from "@/lib/derive/models";
import type { SearchGroup, SearchResults } from "@/lib/derive/search";
import { tagHref } from "@/lib/derive/tags";
import { formatCountOf, formatPercent } from "@/lib/format";
import type { MacroCategory, TagShare } from "@/lib/model";
import type { Theme } from "@/lib/theme/theme";
import { modelsHref } from "@/lib/url-state/models-params";

type SearchResultsListProps = {
  results: SearchResults<ModelUsage>;
  macroCategories: MacroCategory[];
  /** The pinned day and a theme the URL asked for, kept by every result's link. */
  asOf: string | null;
  theme: Theme | null;
};

const RESULT_NAME = "font-medium break-words";

/** The matches of a query, grouped: tasks, then models, then providers; empty groups left out. */
export function SearchResultsList({
  results,
  macroCategories,
  asOf,
  theme,
}: SearchResultsListProps) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  const macroLabel = new Map(macroCategories.map((macro) => [macro.key, macro.label]));
  return (
    <div className="flex flex-col gap-6" data-testid="search-results">
      <ResultGroup
        id="tasks"
        title="Tasks"
        group={results.tasks}
        render={(tag: TagShare) => (
          <Result
            name={
              <TextLink href={tagHref(tag.tag, { asOf, theme })} className={RESULT_NAME}>
                {tag.displayName}
              </TextLink>
            }
            detail={
              <>
                <MacroBadge
                  label={macroLabel.get(tag.macroCategory) ?? tag.macroCategory}
                  colour={colourOf(tag.macroCategory)}
                />
                <code className="font-mono text-xs break-all">{tag.tag}</code>
              </>
            }
            figure={formatPercent(tag.usageShare)}
          />
        )}
        keyOf={(tag) => tag.tag}
      />
      <ResultGroup
        id="models"
        title="Models"
        group={results.models}
        render={(model: ModelUsage) => (
          <Result
            name={<ModelLink id={model.id} className={RESULT_NAME} />}
            detail={
              <>
                <span>{providerLabel(model.provider)}</span>
                <span>in {formatCountOf(model.tagCount, "task")}</span>
              </>
            }
            figure={<LowerBound value={model.estUsageShare} />}
          />
        )}
        keyOf={(model) => model.id}
      />
      <ResultGroup
        id="providers"
        title="Providers"
        group={results.providers}
        render={(item: ProviderUsage) => (
          <Result
            name={
              <TextLink
                href={modelsHref({ provider: item.provider, asOf })}
                className={RESULT_NAME}
              >
                {providerLabel(item.provider)}
              </TextLink>
            }
            detail={
              <span>
                {formatCountOf(item.models.length, "model")} in{" "}
                {formatCountOf(item.tagCount, "task")}
              </span>
            }
            figure={<LowerBound value={item.estUsageShare} />}
          />
        )}
        keyOf={(item) => item.provider}
      />
    </div>
  );
}

type ResultGroupProps<T> = {
  id: string;
  title: string;
  group: SearchGroup<T>;
  render: (item: T) => React.ReactNode;
  keyOf: (item: T) => string;
};

function ResultGroup<T>({ id, title, group, render, keyOf }: ResultGroupProps<T>) {
  if (group.total === 0) return null;
  const titleId = `search-${id}-title`;
  return (
    <section
      aria-labelledby={titleId}
      data-testid={`search-${id}`}
      className="rounded-xl border border-border bg-card shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-border px-4 py-3 sm:px-5">
        <h2 id={titleId} className="text-base font-semibold tracking-tight">
          {title}{" "}
          <span className="font-normal text-muted-foreground tabular-nums">{group.total}</span>
        </h2>
        <p className="text-xs text-muted-foreground">
          {group.hits.length < group.total
            ? `The ${group.hits.length} best of ${group.total} · share of all requests`
            : "Share of all requests"}
        </p>
      </div>
      <ul className="divide-y divide-border">
        {group.hits.map((hit) => (
          <li key={keyOf(hit.item)} data-match={hit.match}>
            {render(hit.item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

type ResultProps = {
  name: React.ReactNode;
  detail: React.ReactNode;
  figure: React.ReactNode;
};

function Result({ name, detail, figure }: ResultProps) {
  return (
    <div className="flex items-start justify-between gap-4 px-4 py-3 sm:px-5">
      <div className="min-w-0">
        <p className="leading-6">{name}</p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-0.5 text-sm text-muted-foreground">
          {detail}
        </p>
      </div>
      <p className="shrink-0 text-right font-medium tabular-nums" data-testid="search-figure">
        {figure}
      </p>
    </div>
  );
}
