// The model catalogue's words: one model keyed by the dated slug the task data uses, whether its
// weights are published, and the one set of names the site gives each kind of weights.

/**
 * One model in OpenRouter's catalogue, keyed by the dated slug the task data uses. Every string
 * came from upstream: rendered as text only.
 */
export type CatalogueEntry = {
  /** The dated permaslug (`canonical_slug`), e.g. `moonshotai/kimi-k3-20260715`. */
  slug: string;
  /** The undated catalogue id, shared by a model's dated versions. */
  catalogueId: string;
  name: string;
  /** A non-empty `hugging_face_id`: the weights are published. */
  openWeights: boolean;
  /** When OpenRouter added the model, Unix seconds. */
  created: number;
};

/** Open: the catalogue names published weights; closed: it names none; unknown: not listed. */
export type Weights = "open" | "closed" | "unknown";

export const WEIGHTS: readonly Weights[] = ["open", "closed", "unknown"];

/** The weights as a filter, a badge or a column names them. */
export const WEIGHTS_LABELS: Record<Weights, string> = {
  open: "Open weights",
  closed: "Closed",
  unknown: "Unknown",
};

/** The weights as a chart legend names them, where each stands alone beside the others. */
export const WEIGHTS_LEGEND_LABELS: Record<Weights, string> = {
  open: "Open weights",
  closed: "Closed weights",
  unknown: "Unknown (not in the catalogue)",
};
