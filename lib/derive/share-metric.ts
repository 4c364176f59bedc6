// The two shares the upstream publishes for every task, model and provider: of requests
// ("usage") and of tokens. Every chart, table, export and URL parameter that picks one of them
// uses this type.

export const SHARE_METRICS = ["usage", "tokens"] as const;
export type ShareMetric = (typeof SHARE_METRICS)[number];

/** Short labels, as on a control or a column header. */
export const SHARE_METRIC_LABELS: Record<ShareMetric, string> = {
  usage: "Requests",
  tokens: "Tokens",
};

/** What a share of each metric counts, as a noun for running text. */
export const SHARE_METRIC_NOUNS: Record<ShareMetric, string> = {
  usage: "requests",
  tokens: "tokens",
};

/** The share an item holds by a metric. */
export function shareOf(item: { usageShare: number; tokenShare: number }, metric: ShareMetric) {
  return metric === "usage" ? item.usageShare : item.tokenShare;
}

/** The snake_case field a metric's share is exported and served as. */
export const SHARE_FIELDS: Record<ShareMetric, "usage_share" | "token_share"> = {
  usage: "usage_share",
  tokens: "token_share",
};
