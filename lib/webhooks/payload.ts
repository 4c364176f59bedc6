import { citationFor } from "../model";
import type { Digest, ShareMove } from "../derive/digest";
import { digestLines, newsMoves } from "../export/atom";

// What a webhook receives for a new day: the same news as /changes and the feed. `text` reads
// as it is in a Slack or Teams incoming webhook (both show a `text` field); `changes` is the
// same news for programs.

export type WebhookChange =
  | ({ type: "move"; verdict: "notable" | "unjudged" } & Omit<ShareMove, "typical" | "verdict">)
  | { type: "new_task" | "gone_task"; tag: string; label: string }
  | { type: "new_leader"; tag: string; label: string; from: string; to: string };

export type WebhookPayload = {
  as_of: string;
  citation: string;
  /** The day's /changes page: absolute with SITE_URL, else relative. */
  url: string;
  /** The news in plain lines. */
  summary: string;
  changes: WebhookChange[];
  /** The whole message for a chat: heading, news, link and citation, `&`, `<`, `>` escaped. */
  text: string;
};

export function changesPageUrl(asOf: string, siteUrl: URL | undefined): string {
  const path = `/changes?as_of=${asOf}`;
  return siteUrl ? new URL(path, siteUrl).href : path;
}

export function webhookPayload({
  asOf,
  digest,
  siteUrl,
}: {
  asOf: string;
  /** Against the previous stored day; none for the first stored day. */
  digest: Digest | undefined;
  siteUrl: URL | undefined;
}): WebhookPayload {
  const url = changesPageUrl(asOf, siteUrl);
  const citation = citationFor(asOf);
  const summary = digestLines(digest).join("\n");
  const heading = digest
    ? `Task Share: what changed on ${asOf} (since ${digest.baseAsOf})`
    : `Task Share: ${asOf} stored`;
  return {
    as_of: asOf,
    citation,
    url,
    summary,
    changes: digest ? webhookChanges(digest) : [],
    text: chatText([heading, summary, url, citation].join("\n")),
  };
}

/**
 * Text for a chat's incoming webhook. Slack reads `<…>` as a mention or a link (`<!channel>`
 * pings everyone, `<https://evil|label>` disguises a link) and asks senders to escape exactly
 * `&`, `<` and `>`; Teams renders the same entities as the characters. Names come from
 * upstream, so the whole text is escaped; `summary` and `changes` stay plain for programs.
 */
export function chatText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function webhookChanges(digest: Digest): WebhookChange[] {
  return [
    ...newsMoves(digest).flatMap((move): WebhookChange[] =>
      move.verdict === "normal"
        ? []
        : [
            {
              type: "move",
              scope: move.scope,
              key: move.key,
              label: move.label,
              metric: move.metric,
              from: move.from,
              to: move.to,
              change: move.change,
              verdict: move.verdict,
            },
          ],
    ),
    ...digest.newTasks.map((tag) => ({
      type: "new_task" as const,
      tag: tag.tag,
      label: tag.displayName,
    })),
    ...digest.goneTasks.map((tag) => ({
      type: "gone_task" as const,
      tag: tag.tag,
      label: tag.displayName,
    })),
    ...digest.newLeaders.map((leader) => ({ type: "new_leader" as const, ...leader })),
  ];
}
