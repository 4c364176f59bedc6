import { addDays } from "../../model";
import { seeded } from "./seeded";
import type { RawClassification, RawClassificationsData, RawModel } from "../../openrouter/schema";

// Several weeks of plausible daily history behind the bundled sample, so a newcomer with no key
// sees the trend views working. Generated, not bundled as files: one deterministic function of
// the newest sample (which stays exactly as bundled) is smaller than forty copies of it and
// cannot drift from it. Each tag's share follows a slow trend plus a weekly-ish wave; a few days
// are missing on purpose (gaps must show as gaps); one tag only appears part-way through; some
// tags gain a new model near the end and lose an old one. Everything is renormalised so shares
// still sum as upstream's do.

export const SAMPLE_HISTORY_DAYS = 42;
/** Days before the newest sample with no snapshot, as if the server had been down. */
export const SAMPLE_GAP_OFFSETS = [9, 10, 23];
/** Days before the newest sample on which the smallest tag did not exist yet. */
const LATE_TAG_FROM = 20;
/** A model some tags list early on and then drop. */
const RETIRED_MODEL = "mistralai/mixtral-9x22b-20251104";
const RETIRED_FROM = 16;
const NEW_MODEL_FROM = 5;
const MAX_LISTED_TOTAL = 0.99;

/** The sample's snapshots, oldest first; the last one is `newest` unchanged. */
export function sampleHistory(newest: RawClassificationsData): RawClassificationsData[] {
  const days: RawClassificationsData[] = [];
  for (let offset = SAMPLE_HISTORY_DAYS - 1; offset >= 1; offset -= 1) {
    if (SAMPLE_GAP_OFFSETS.includes(offset)) continue;
    days.push(sampleDay(newest, offset));
  }
  days.push(newest);
  return days;
}

function sampleDay(newest: RawClassificationsData, offset: number): RawClassificationsData {
  const lateTag = newest.classifications.at(-1)?.tag;
  const present = newest.classifications.filter(
    (item) => offset < LATE_TAG_FROM || item.tag !== lateTag,
  );
  const usage = normalise(
    present.map((item) => item.usage_share * drift(item.tag, offset)),
    sumOf(newest.classifications.map((item) => item.usage_share)),
  );
  const tokens = normalise(
    present.map(
      (item) => item.token_share * drift(`${item.tag}:tokens`, offset) * drift(item.tag, offset),
    ),
    sumOf(newest.classifications.map((item) => item.token_share)),
  );
  const tags = present.map((item, index) => ({
    ...item,
    usage_share: round(usage[index] ?? 0),
    token_share: round(tokens[index] ?? 0),
    models: sampleModels(item, offset, index),
  }));

  const macroTotals = (key: string, metric: "usage_share" | "token_share") =>
    sumOf(tags.filter((tag) => tag.macro_category === key).map((tag) => tag[metric]));
  const classifications = tags
    .map((tag) => ({
      ...tag,
      category_usage_share: round(tag.usage_share / macroTotals(tag.macro_category, "usage_share")),
      category_token_share: round(tag.token_share / macroTotals(tag.macro_category, "token_share")),
    }))
    .sort((a, b) => b.usage_share - a.usage_share);
  const macro_categories = newest.macro_categories.map((macro) => ({
    ...macro,
    usage_share: round(macroTotals(macro.key, "usage_share")),
    token_share: round(macroTotals(macro.key, "token_share")),
  }));
  return { ...newest, as_of: addDays(newest.as_of, -offset), classifications, macro_categories };
}

function sampleModels(item: RawClassification, offset: number, index: number): RawModel[] {
  let models = item.models;
  // Every third tag with a few models gained its last-listed model only recently…
  const gainsNewModel = index % 3 === 0 && models.length >= 3;
  if (gainsNewModel && offset >= NEW_MODEL_FROM) models = models.slice(0, -1);
  // …and listed a model early on that it no longer does.
  if (gainsNewModel && offset >= RETIRED_FROM) {
    models = [...models, { id: RETIRED_MODEL, tag_usage_share: 0.04, tag_token_share: 0.035 }];
  }
  const usage = capTotal(
    models.map((model) => model.tag_usage_share * drift(model.id + item.tag, offset)),
  );
  const tokens = capTotal(
    models.map((model) => model.tag_token_share * drift(item.tag + model.id, offset)),
  );
  return models
    .map((model, position) => ({
      ...model,
      tag_usage_share: round(usage[position] ?? 0),
      tag_token_share: round(tokens[position] ?? 0),
    }))
    .sort((a, b) => b.tag_usage_share - a.tag_usage_share);
}

/** A top-N list covers at most the whole tag. */
function capTotal(values: number[]): number[] {
  const total = sumOf(values);
  return total > MAX_LISTED_TOTAL ? normalise(values, MAX_LISTED_TOTAL) : values;
}

/** A multiplier near 1 for `key` on the day `offset` days before the newest: 1 at offset 0. */
function drift(key: string, offset: number): number {
  const random = seeded(key);
  const trend = (random() - 0.5) * 0.016;
  const amplitude = random() * 0.06;
  const period = 5 + random() * 6;
  const phase = random() * Math.PI * 2;
  const wave = (day: number) => amplitude * Math.sin((2 * Math.PI * day) / period + phase);
  return Math.exp(trend * offset + wave(offset) - wave(0));
}

function normalise(values: number[], total: number): number[] {
  const sum = sumOf(values);
  return values.map((value) => (value / sum) * total);
}

function sumOf(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Four decimals, like upstream. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
