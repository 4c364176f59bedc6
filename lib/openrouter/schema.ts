import { z } from "zod";

import { boundName, containsNul, MAX_NAME_LENGTH, upstreamId, upstreamName } from "./bounds";

// The upstream wire format (snake_case), validated before anything else touches it.
// Shares are fractions of classified, sampled traffic; sums may be 0.9999 or 1.0001 by rounding,
// so only each value's range is checked, never the totals. Objects are loose: fields upstream
// adds later pass through unchanged to /api/classifications instead of being silently dropped.

const share = z.number().min(0).max(1);

// Bounds far above real data (about 30 tasks of up to 10 models): a runaway answer is refused
// instead of being stored and rendered on every page.
export const MAX_TASKS = 500;
export const MAX_MODELS_PER_TASK = 100;

const isoDate = z.iso.date();

export const rawModelSchema = z.looseObject({
  id: upstreamId,
  tag_usage_share: share,
  tag_token_share: share,
});

export const rawClassificationSchema = z.looseObject({
  tag: upstreamId,
  display_name: upstreamName,
  macro_category: upstreamId,
  usage_share: share,
  token_share: share,
  category_usage_share: share,
  category_token_share: share,
  models: z.array(rawModelSchema).max(MAX_MODELS_PER_TASK),
});

export const rawMacroCategorySchema = z.looseObject({
  key: upstreamId,
  label: upstreamName,
  usage_share: share,
  token_share: share,
});

export const rawClassificationsDataSchema = z
  .looseObject({
    as_of: isoDate,
    window_days: z.number().int().positive(),
    classifications: z.array(rawClassificationSchema).min(1).max(MAX_TASKS),
    macro_categories: z.array(rawMacroCategorySchema).min(1),
  })
  .superRefine((data, ctx) => {
    // Fields upstream adds later are republished and stored as they are: a NUL in one of them
    // would fail the database write, so it refuses the answer here, as a malformed one.
    if (containsNul(data)) {
      ctx.addIssue({ code: "custom", message: "a string contains a NUL character" });
    }
    const seen = new Set<string>();
    data.classifications.forEach((item, index) => {
      if (seen.has(item.tag)) {
        ctx.addIssue({
          code: "custom",
          message: `duplicate tag "${item.tag}"`,
          path: ["classifications", index, "tag"],
        });
      }
      seen.add(item.tag);
    });
  });

export const rawClassificationsResponseSchema = z.looseObject({
  data: rawClassificationsDataSchema,
});

export type RawModel = z.infer<typeof rawModelSchema>;
export type RawClassification = z.infer<typeof rawClassificationSchema>;
export type RawMacroCategory = z.infer<typeof rawMacroCategorySchema>;
export type RawClassificationsData = z.infer<typeof rawClassificationsDataSchema>;

/** A task's own figures, named and valued as upstream published them. */
export type RawTaskFigures = Pick<
  RawClassification,
  | "display_name"
  | "macro_category"
  | "usage_share"
  | "token_share"
  | "category_usage_share"
  | "category_token_share"
>;

/**
 * Only the task's own figures, for the files that republish them to the last digit: not its
 * models, nor the fields upstream may add later.
 */
export function rawTaskFigures(item: RawTaskFigures): RawTaskFigures {
  return {
    display_name: item.display_name,
    macro_category: item.macro_category,
    usage_share: item.usage_share,
    token_share: item.token_share,
    category_usage_share: item.category_usage_share,
    category_token_share: item.category_token_share,
  };
}

/** Describes the first few schema problems in one line, for logs and the status notice. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

/**
 * The day with every display name and category label cut to MAX_NAME_LENGTH, and a line per
 * name cut, for the log: a name longer than that is a fault upstream, not something to lay out.
 */
export function boundTaskNames(data: RawClassificationsData): {
  data: RawClassificationsData;
  cut: string[];
} {
  const cut: string[] = [];
  const bounded = (name: string, where: string) => {
    const short = boundName(name);
    if (short === undefined) return name;
    cut.push(`${where}: a name of ${name.length} characters cut to ${MAX_NAME_LENGTH}`);
    return short;
  };
  return {
    data: {
      ...data,
      classifications: data.classifications.map((item) => ({
        ...item,
        display_name: bounded(item.display_name, `task ${item.tag}`),
      })),
      macro_categories: data.macro_categories.map((macro) => ({
        ...macro,
        label: bounded(macro.label, `category ${macro.key}`),
      })),
    },
    cut,
  };
}
