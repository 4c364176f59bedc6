import { formatPercent, formatRatio, formatWindow } from "../format";
import type { TaskDay, TagShare } from "../model";

// The few numbers a link preview (page description, Open Graph image) leads with.

/** Macro-categories by share of requests, largest first. */
export function macroHeadlines(snapshot: TaskDay) {
  return [...snapshot.macroCategories].sort((a, b) => b.usageShare - a.usageShare);
}

export function topTag(snapshot: TaskDay): TagShare | undefined {
  return [...snapshot.tags].sort((a, b) => b.usageShare - a.usageShare)[0];
}

export function overviewDescription(snapshot: TaskDay): string {
  const macros = macroHeadlines(snapshot)
    .map((macro) => `${macro.label} ${formatPercent(macro.usageShare)}`)
    .join(", ");
  const top = topTag(snapshot);
  const lead = top ? ` Top task: ${top.displayName}, ${formatPercent(top.usageShare)}.` : "";
  return `OpenRouter requests by task, ${formatWindow(snapshot.windowDays, snapshot.asOf)}: ${macros}.${lead}`;
}

export function tagDescription(tag: TagShare, snapshot: TaskDay): string {
  return `${tag.displayName}: ${formatPercent(tag.usageShare)} of classified OpenRouter requests and ${formatPercent(tag.tokenShare)} of tokens (intensity ${formatRatio(tag.tokenIntensity)}), ${formatWindow(snapshot.windowDays, snapshot.asOf)}, with its top models.`;
}
