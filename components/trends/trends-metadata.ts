import type { Metadata } from "next";

import { previewMetadata } from "@/components/og/preview-metadata";
import { categoryLabel } from "@/lib/glossary/rankings";
import type { CategoriesState, TrendsState } from "@/lib/url-state/trends-params";

import { TRENDS_PREVIEW_ALT } from "@/components/og/trends-preview";

const DESCRIPTIONS = {
  trends:
    "Tokens processed on OpenRouter over time, by model or provider, since 2025: OpenRouter's rankings dataset, with the top 50 models' share of all tokens.",
  categories:
    "Each of OpenRouter's 12 use-case categories' share of categorised tokens per week since 2025, and the top models and providers inside each.",
};

/** A trends page's title, description and link preview. */
export function trendsMetadata(
  page: "trends" | "categories",
  state: Partial<TrendsState & CategoriesState>,
): Metadata {
  const title =
    page === "trends"
      ? state.by === "weights"
        ? "Open-weight share of tokens over time"
        : `Long-run trends by ${state.by ?? "model"}${state.versions === "merged" ? ", versions merged" : ""}`
      : state.category
        ? `${categoryLabel(state.category)}: models and providers over time`
        : "Use-case categories over time";
  const description = DESCRIPTIONS[page];
  const path = page === "trends" ? "/trends/preview" : "/trends/categories/preview";
  return {
    title,
    description,
    ...previewMetadata(`${title} · Task Share`, description, { path, alt: TRENDS_PREVIEW_ALT }),
  };
}
