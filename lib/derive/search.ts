import type { ProviderUsage } from "./model-usage";
import type { TagShare } from "../model";

// The header's search: tasks, models and providers of one day that match a few typed words.
// Everything is compared in one normal form (lower case, accents dropped, every run of characters
// other than letters, digits and "." a single space), so "code:debugging", "Code Debugging" and
// "code-debugging" are the same words, and "gemini 3.5" still differs from "gemini 35".

/** Longer queries are cut: no task, model or provider name comes near this. */
export const MAX_QUERY_LENGTH = 100;

export const DEFAULT_SEARCH_LIMITS = { tasks: 10, models: 10, providers: 10 } as const;
export type SearchLimits = { tasks: number; models: number; providers: number };

/** How well a result matched, best first. */
export const MATCH_KINDS = ["exact", "prefix", "word", "substring"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** A model as the search sees it. `name` is a display name, for when a catalogue provides one. */
export type SearchableModel = { id: string; estUsageShare: number; name?: string };

export type SearchHit<T> = { item: T; match: MatchKind };

/** The best matches of one kind, and how many matched in all (the list may be cut). */
export type SearchGroup<T> = { hits: SearchHit<T>[]; total: number };

export type SearchResults<M extends SearchableModel> = {
  /** The query in normal form; "" when nothing searchable was typed. */
  normalized: string;
  tasks: SearchGroup<TagShare>;
  models: SearchGroup<M>;
  providers: SearchGroup<ProviderUsage>;
};

const DATE_SUFFIX = /-\d{8}$/;

/** Lower case, accents dropped, every run of word breaks (anything but letters, digits, ".") one space. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
}

/** The query, cut to MAX_QUERY_LENGTH characters (never inside a surrogate pair). */
export function boundQuery(query: string): string {
  return Array.from(query).slice(0, MAX_QUERY_LENGTH).join("");
}

/**
 * How a normalised candidate matches a normalised query: the whole of it, its start, the start
 * of one of its words, or anywhere. Last, the two are compared without their word breaks, so
 * "xai" finds "x-ai" and "gpt6" finds "gpt-6" (as a substring match).
 */
export function matchText(candidate: string, query: string): MatchKind | null {
  if (query === "" || candidate === "") return null;
  if (candidate === query) return "exact";
  if (candidate.startsWith(query)) return "prefix";
  if (candidate.includes(` ${query}`)) return "word";
  if (candidate.includes(query)) return "substring";
  return candidate.replaceAll(" ", "").includes(query.replaceAll(" ", "")) ? "substring" : null;
}

/** The best match over several texts naming the same thing. */
function bestMatch(texts: readonly string[], query: string): MatchKind | null {
  let best: number | null = null;
  for (const text of texts) {
    const kind = matchText(normalizeSearchText(text), query);
    if (kind === null) continue;
    const rank = MATCH_KINDS.indexOf(kind);
    if (best === null || rank < best) best = rank;
  }
  return best === null ? null : (MATCH_KINDS[best] ?? null);
}

/** What a task is found by: its name and its key ("code:debugging"). */
export function taskTexts(tag: Pick<TagShare, "tag" | "displayName">): string[] {
  return [tag.displayName, tag.tag];
}

/**
 * What a model is found by: its whole id, the slug after the provider, that slug without its
 * "-YYYYMMDD" date, and its display name when there is one.
 */
export function modelTexts(model: Pick<SearchableModel, "id" | "name">): string[] {
  const slug = model.id.slice(model.id.indexOf("/") + 1);
  const undated = slug.replace(DATE_SUFFIX, "");
  return [model.id, slug, undated, ...(model.name ? [model.name] : [])];
}

/** Matches, best match first, then larger share; equal ones keep their given order. */
function rank<T>(
  items: readonly T[],
  query: string,
  textsOf: (item: T) => string[],
  shareOf: (item: T) => number,
  limit: number,
): SearchGroup<T> {
  const hits = items
    .flatMap((item, index) => {
      const match = bestMatch(textsOf(item), query);
      return match === null ? [] : [{ item, match, index }];
    })
    .sort(
      (a, b) =>
        MATCH_KINDS.indexOf(a.match) - MATCH_KINDS.indexOf(b.match) ||
        shareOf(b.item) - shareOf(a.item) ||
        a.index - b.index,
    );
  return {
    hits: hits.slice(0, Math.max(0, limit)).map(({ item, match }) => ({ item, match })),
    total: hits.length,
  };
}

/**
 * The day's tasks, models and providers matching a query, each group ranked: exact, then
 * prefix, then word-prefix, then substring matches; ties by share of requests (a task's usage
 * share, a model's or provider's estimated share), then in the order given.
 */
export function searchDay<M extends SearchableModel>(
  snapshot: { tags: readonly TagShare[] },
  usage: { models: readonly M[]; providers: readonly ProviderUsage[] },
  query: string,
  limits: SearchLimits = DEFAULT_SEARCH_LIMITS,
): SearchResults<M> {
  const normalized = normalizeSearchText(boundQuery(query));
  return {
    normalized,
    tasks: rank(snapshot.tags, normalized, taskTexts, (tag) => tag.usageShare, limits.tasks),
    models: rank(usage.models, normalized, modelTexts, (m) => m.estUsageShare, limits.models),
    providers: rank(
      // Ids that name no provider share the provider "", which no query can name.
      usage.providers.filter((item) => item.provider !== ""),
      normalized,
      (item) => [item.provider],
      (item) => item.estUsageShare,
      limits.providers,
    ),
  };
}
