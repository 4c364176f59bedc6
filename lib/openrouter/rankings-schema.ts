import { z } from "zod";

import { dateSchema } from "../model";
import { hasNul, MAX_NAME_LENGTH } from "./bounds";

// GET /datasets/rankings-daily on the wire. total_tokens is a decimal string so 64-bit values
// survive JSON: it becomes a BigInt here and never passes through a float.

/** Far above a real answer (about 700 days × 51 rows so far): a runaway one is refused. */
export const MAX_RANKINGS_ROWS = 200_000;

const totalTokens = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,29})$/, "must be a non-negative decimal integer")
  .transform((text) => BigInt(text));

export const rawRankingsRowSchema = z.looseObject({
  date: dateSchema,
  model_permaslug: z
    .string()
    .min(1)
    .max(300)
    .refine((slug) => !hasNul(slug), "contains a NUL character"),
  total_tokens: totalTokens,
});

export const rawRankingsResponseSchema = z
  .looseObject({
    data: z.array(rawRankingsRowSchema).max(MAX_RANKINGS_ROWS),
    meta: z.looseObject({
      as_of: z.iso.datetime({ offset: true }),
      start_date: dateSchema,
      end_date: dateSchema,
      version: z.string().max(MAX_NAME_LENGTH),
    }),
  })
  .superRefine((answer, ctx) => {
    // The store keys rows by date and model and keeps upstream's order by position: dates must
    // ascend and a model appear once per date.
    const seen = new Set<string>();
    answer.data.forEach((row, index) => {
      const previous = answer.data[index - 1];
      const key = `${row.date}|${row.model_permaslug}`;
      if ((previous && row.date < previous.date) || seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          message: seen.has(key)
            ? `model "${row.model_permaslug}" twice on ${row.date}`
            : "dates are not ascending",
          path: ["data", index],
        });
      }
      seen.add(key);
    });
  });

export type RawRankingsResponse = z.infer<typeof rawRankingsResponseSchema>;
