import { attributionFor } from "../citation";
import type { Digest, ShareMove } from "../derive/digest";
import type { DataSource } from "../openrouter/types";
import { SHARE_METRIC_NOUNS } from "../derive/share-metric";
import { formatPercent, formatPoints } from "../format";
import { escapeXml } from "./xml";

// The Atom feed of what changed: one entry per stored day (RFC 4287). Entry ids are URNs of the
// day (and task), so they never change with the host a reader used or with a refetch of the day;
// `updated` is when the day's data was fetched.

export type FeedEntry = {
  asOf: string;
  source: DataSource;
  fetchedAt: string;
  digest: Digest | undefined;
};

const MOST_LINES = 8;

/** The moves a day's news tells: those beyond the usual, the largest first, a handful at most. */
export function newsMoves(digest: Digest): ShareMove[] {
  return digest.moves.filter((move) => move.verdict !== "normal").slice(0, MOST_LINES);
}

/**
 * The day's news in a few plain sentences: moves beyond the usual first, then list changes; a
 * sentence saying so when there is no news, or no earlier day to compare with.
 */
export function digestLines(digest: Digest | undefined): string[] {
  if (!digest) return ["The first stored day: changes start with the next."];
  const moves = newsMoves(digest).map(
    (move) =>
      `${move.label}${move.scope === "macro" ? " (category)" : ""}: ${formatPoints(move.change)} of ${SHARE_METRIC_NOUNS[move.metric]}, ${formatPercent(move.from)} → ${formatPercent(move.to)}${move.verdict === "unjudged" ? " (too little history to judge)" : ""}.`,
  );
  const lines = [
    ...moves,
    ...digest.newTasks.map((tag) => `New task: ${tag.displayName}.`),
    ...digest.goneTasks.map((tag) => `No longer listed: ${tag.displayName}.`),
    ...digest.newLeaders.map((leader) => `New leader in ${leader.label}: ${leader.to}.`),
  ];
  return lines.length > 0 ? lines : ["No share moved beyond its usual movement."];
}

export function atomFeed({
  title,
  selfUrl,
  pageUrl,
  entryId,
  entries,
}: {
  title: string;
  selfUrl: string;
  /** A URN of the day alone (and the task, for a task's feed): stable whatever the host. */
  entryId: (asOf: string) => string;
  /** The page of one day's changes: `?as_of=` is added per entry. */
  pageUrl: (asOf: string) => string;
  entries: FeedEntry[];
}): string {
  const updated = entries[0]?.fetchedAt ?? new Date(0).toISOString();
  const items = entries.map((entry) => {
    const summary = [
      entry.digest ? `Since ${entry.digest.baseAsOf}:` : "",
      ...digestLines(entry.digest),
      attributionFor(entry.asOf, entry.source),
    ]
      .filter(Boolean)
      .join("\n");
    return `  <entry>
    <id>${escapeXml(entryId(entry.asOf))}</id>
    <title>${escapeXml(`What changed on ${entry.asOf}`)}</title>
    <updated>${entry.fetchedAt}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(pageUrl(entry.asOf))}"/>
    <summary type="text">${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(selfUrl)}</id>
  <title>${escapeXml(title)}</title>
  <updated>${updated}</updated>
  <author><name>Task Share</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>
  <rights>Figures: OpenRouter (openrouter.ai/rankings); cite as each entry says.</rights>
${items.join("\n")}
</feed>
`;
}
