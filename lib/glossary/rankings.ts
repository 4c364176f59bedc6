import type { RankingsCategory } from "../model";

// What every view of OpenRouter's rankings dataset must say about its figures, written once:
// the trends pages, the model and provider tie-ins, the embeds, the previews and every exported
// file read these, so the caveats are the same words everywhere.

export const RANKINGS_LABELS = {
  tokenizers:
    "Token counts come from each provider's own tokenizer, so a token of one provider's model is not the same amount of text as another's: compare and add them up with that in mind.",
  categories:
    "Category figures are OpenRouter's estimates: sampled requests, upsampled to all traffic, counted by week; the most recent week may still be revised.",
  source:
    "These are OpenRouter's figures from its public rankings dataset (top 50 models per date plus everything else), not Task Share's.",
  categoryShare:
    "A category's share is its weekly tokens divided by the sum of the 12 categories' tokens that week (categorised tokens, not all tokens).",
  outside:
    "“Outside the top 50” is OpenRouter's own remainder row: every model outside that date's top 50, together. It is no model and no provider.",
  weights:
    "Weights are today's model catalogue applied to every date: open means the catalogue lists a Hugging Face id, closed that it lists the model without one, unknown that it does not list the model. Only the top 50 are split; “Outside the top 50” is neither open nor closed.",
  noCatalogue: "No model catalogue is loaded yet, so every model's weights are unknown for now.",
  merged:
    "Versions merged: the dated versions the model catalogue files under one id are added up under that id and named as the catalogue names it; a version outside a date's top 50 adds nothing that date.",
} as const;

/** The caveats that apply to a view: tokenizers and source always; categories when sampled. */
export function rankingsCaveats(sampled: boolean): string[] {
  return [
    RANKINGS_LABELS.source,
    RANKINGS_LABELS.tokenizers,
    ...(sampled ? [RANKINGS_LABELS.categories] : []),
  ];
}

const CATEGORY_LABELS: Record<RankingsCategory, string> = {
  programming: "Programming",
  roleplay: "Roleplay",
  marketing: "Marketing",
  "marketing/seo": "Marketing: SEO",
  technology: "Technology",
  science: "Science",
  translation: "Translation",
  legal: "Legal",
  finance: "Finance",
  health: "Health",
  trivia: "Trivia",
  academia: "Academia",
};

export function categoryLabel(category: RankingsCategory): string {
  return CATEGORY_LABELS[category];
}
