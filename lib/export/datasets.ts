import { z } from "zod";

import { attributionFor } from "../model";
import type { LoadedTaskDay } from "../data";
import { modelInfo, type ModelCatalogue } from "../derive/catalogue";
import { citationSchema, dateSchema, shareSchema, sourceSchema } from "../http/api-schemas/common";
import { rawTaskFigures, type RawClassification, type RawTaskFigures } from "../openrouter/schema";
import type { ExportValue } from "./chart-export";

// The flat tables a notebook loads: one row per stored day and item, each row citing its own
// day. A dataset is its row schema (the CSV header, the JSON rows, the OpenAPI description and
// the Data Package's fields all come from it) and how one day becomes rows; the full-history
// download (lib/http/dataset-route.ts) streams any of them a day at a time.

export type Dataset<Row extends z.ZodObject = z.ZodObject> = {
  /** The Data Package resource name and the file names' stem. */
  name: string;
  title: string;
  description: string;
  /** The full-history download. */
  path: string;
  row: Row;
  /** The fields that name a row: no two rows share their values. */
  primaryKey: string[];
  /** Whether rows carry the model catalogue's names and weights: its revision moves the answer. */
  usesCatalogue?: true;
  /** A day's rows; the catalogue (today's, applied to every day) names the models. */
  rowsOf(
    day: LoadedTaskDay,
    catalogue: ModelCatalogue,
  ): (z.infer<Row> & Record<string, ExportValue>)[];
};

/** Every column in order: the CSV header. */
export function fieldsOf(dataset: Dataset): string[] {
  return Object.keys(dataset.row.shape);
}

const described = <T extends z.ZodType>(schema: T, description: string) =>
  schema.meta({ description });

const asOf = described(dateSchema, "The stored day (UTC) the figures are as of.");
const windowDays = described(
  z.int().positive(),
  "Days of traffic the figures cover, ending on as_of.",
);
const citation = described(citationSchema, "This row's citation, with its own day.");

const taskRow = z.object({
  as_of: asOf,
  tag: described(z.string(), "The task's key, e.g. code:general_impl."),
  display_name: described(z.string(), "The task's name."),
  macro_category: described(z.string(), "The key of the macro-category the task belongs to."),
  usage_share: described(shareSchema, "The task's share of all classified requests (0 to 1)."),
  token_share: described(shareSchema, "The task's share of all classified tokens (0 to 1)."),
  category_usage_share: described(
    shareSchema,
    "The task's share of its macro-category's requests.",
  ),
  category_token_share: described(shareSchema, "The task's share of its macro-category's tokens."),
  window_days: windowDays,
  citation,
});

export type TaskRow = z.infer<typeof taskRow>;

/** A task's row on a day, exactly as upstream published it. */
export function taskRowOf(
  day: { as_of: string; window_days: number },
  item: Pick<RawClassification, "tag"> & RawTaskFigures,
  citationLine: string,
): TaskRow {
  return {
    as_of: day.as_of,
    tag: item.tag,
    ...rawTaskFigures(item),
    window_days: day.window_days,
    citation: citationLine,
  };
}

export const TASKS: Dataset<typeof taskRow> = {
  name: "tasks",
  title: "Every task's shares on every stored day",
  description:
    "One row per stored day and task: its share of all classified requests and tokens, and its share within its macro-category, as OpenRouter published them.",
  path: "/api/history/all",
  row: taskRow,
  primaryKey: ["as_of", "tag"],
  rowsOf: ({ data, source }) =>
    data.classifications.map((item) => taskRowOf(data, item, attributionFor(data.as_of, source))),
};

const modelRow = z.object({
  as_of: asOf,
  model: described(z.string(), "The model's id, provider/name."),
  name: described(
    z.string().nullable(),
    "The model catalogue's name for it (today's catalogue); empty where the catalogue does not list it.",
  ),
  open_weights: described(
    z.boolean().nullable(),
    "Whether the catalogue lists published weights (a Hugging Face id); empty where it does not list the model.",
  ),
  provider: described(z.string(), "The part of the id before the first /."),
  tasks: described(z.int().nonnegative(), "How many tasks' top lists name the model."),
  est_usage_share: described(
    shareSchema,
    "Estimated share of all classified requests: a lower bound (traffic in tasks that do not list the model is not counted).",
  ),
  est_token_share: described(
    shareSchema,
    "Estimated share of all classified tokens: a lower bound, as est_usage_share.",
  ),
  top_tag: described(z.string(), "The task that brings the model most of its counted requests."),
  citation,
});

export const MODELS: Dataset<typeof modelRow> = {
  name: "models",
  title: "Every listed model's estimated shares on every stored day",
  description:
    "One row per stored day and model named in any task's top list: Task Share's estimate of its share of all classified traffic (task share × the model's share of the task, summed over tasks; a lower bound).",
  path: "/api/history/models",
  row: modelRow,
  primaryKey: ["as_of", "model"],
  usesCatalogue: true,
  rowsOf: ({ data, usage, source }, catalogue) =>
    usage.models.map((model) => {
      const info = modelInfo(catalogue, model.id);
      return {
        as_of: data.as_of,
        model: model.id,
        // null where the catalogue does not list the model: never a guess.
        name: info?.name ?? null,
        open_weights: info?.openWeights ?? null,
        provider: model.provider,
        tasks: model.tagCount,
        est_usage_share: model.estUsageShare,
        est_token_share: model.estTokenShare,
        top_tag: model.topTag.tag,
        citation: attributionFor(data.as_of, source),
      };
    }),
};

const taskModelRow = z.object({
  as_of: asOf,
  tag: described(z.string(), "The task's key."),
  rank: described(
    z.int().positive(),
    "The model's place in the task's top list (1 = most requests).",
  ),
  model: described(z.string(), "The model's id, provider/name."),
  tag_usage_share: described(shareSchema, "The model's share of the task's requests."),
  tag_token_share: described(shareSchema, "The model's share of the task's tokens."),
  citation,
});

export const TASK_MODELS: Dataset<typeof taskModelRow> = {
  name: "task-models",
  title: "Every task's top models on every stored day",
  description:
    "One row per stored day, task and model in the task's top list: its place and its share of the task's requests and tokens, as OpenRouter published them.",
  path: "/api/history/task-models",
  row: taskModelRow,
  primaryKey: ["as_of", "tag", "rank"],
  rowsOf: ({ data, source }) =>
    data.classifications.flatMap((item) =>
      item.models.map((model, index) => ({
        as_of: data.as_of,
        tag: item.tag,
        rank: index + 1,
        model: model.id,
        tag_usage_share: model.tag_usage_share,
        tag_token_share: model.tag_token_share,
        citation: attributionFor(data.as_of, source),
      })),
    ),
};

const macroRow = z.object({
  as_of: asOf,
  macro_category: described(z.string(), "The macro-category's key, e.g. code."),
  label: described(z.string(), "Its name."),
  usage_share: described(shareSchema, "Its share of all classified requests."),
  token_share: described(shareSchema, "Its share of all classified tokens."),
  window_days: windowDays,
  citation,
});

export const MACRO_CATEGORIES: Dataset<typeof macroRow> = {
  name: "macro-categories",
  title: "Every macro-category's shares on every stored day",
  description:
    "One row per stored day and macro-category (code, agent, …): its share of all classified requests and tokens, as OpenRouter published them.",
  path: "/api/history/macro-categories",
  row: macroRow,
  primaryKey: ["as_of", "macro_category"],
  rowsOf: ({ data, source }) =>
    data.macro_categories.map((macro) => ({
      as_of: data.as_of,
      macro_category: macro.key,
      label: macro.label,
      usage_share: macro.usage_share,
      token_share: macro.token_share,
      window_days: data.window_days,
      citation: attributionFor(data.as_of, source),
    })),
};

/** Every full-history download, in the order the description and the Data Package list them. */
export const DATASETS: Dataset[] = [TASKS, TASK_MODELS, MODELS, MACRO_CATEGORIES];

/** The JSON envelope of a full-history download, its rows last (they are streamed). */
export function datasetDocumentSchema(dataset: Dataset) {
  return z.object({
    dataset: z.literal(dataset.name),
    title: z.string(),
    as_of: described(dateSchema, "The last stored day in the file."),
    source: sourceSchema,
    citation: described(citationSchema, "The citation of the last day; each row carries its own."),
    license: z
      .object({ name: z.string(), path: z.url() })
      .nullable()
      .meta({ description: "The data's licence; null for sample data, which is nobody's." }),
    rows: z.array(dataset.row),
  });
}
