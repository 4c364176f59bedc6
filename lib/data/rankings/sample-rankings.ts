import {
  addDays,
  calendarDays,
  daysBetween,
  RANKINGS_CATEGORIES,
  RANKINGS_FIRST_DAY,
  type RankingsCategory,
  type RankingsRow,
  type RankingsSeriesKey,
} from "../../model";
import { seeded } from "../sample/seeded";
import { bucketStart, rankDate } from "./buckets";

// The rankings history behind the bundled sample, generated (never fetched or written) from
// 2025-01-01 to the sample snapshot's day, so a newcomer with no key sees the trend views work.
// Every model gets tokens every day, so weeks and months are built as upstream builds them:
// the top 50 of the bucket's sums, plus "other". Shapes worth seeing:
// - total volume doubles about every six months, with a weekend dip;
// - each model ramps up over a few weeks after its launch, then slowly fades; the sample
//   snapshot's models launch late (their slugs' dates) and climb to the top;
// - programming's share of categorised tokens rises from ~11 % to over half during 2025.

const DAY_ONE_TOKENS = 1.2e12;
const DOUBLING_DAYS = 180;
/** The share of each day's tokens spread thinly over models never named (always in "other"). */
const LONG_TAIL = 0.1;
/** The share of all tokens the category sample covers. */
const CATEGORISED = 0.55;
/** Older or smaller models: enough launched before 2025 for a full top 50 from day one. */
const EARLY_MODELS = 54;
const LATER_MODELS = 30;
const FILLER_FAMILIES = [
  ["openai", "gpt"],
  ["anthropic", "claude"],
  ["google", "gemini"],
  ["meta-llama", "llama"],
  ["mistralai", "mistral"],
  ["qwen", "qwen"],
  ["deepseek", "deepseek"],
  ["x-ai", "grok"],
  ["z-ai", "glm"],
  ["moonshotai", "kimi"],
  ["cohere", "command"],
  ["nvidia", "nemotron"],
] as const;
/** Each category's weight among the categories other than programming. */
const CATEGORY_WEIGHTS: Record<Exclude<RankingsCategory, "programming">, number> = {
  roleplay: 30,
  marketing: 8,
  "marketing/seo": 3,
  technology: 15,
  science: 8,
  translation: 8,
  legal: 3,
  finance: 5,
  health: 4,
  trivia: 8,
  academia: 8,
};

type SampleModel = { slug: string; launch: string; weight: number; lifetimeDays: number };

export type SampleRankings = ReadonlyMap<string, RankingsRow[]>;

/** Every series, keyed by `seriesName`, for a sample whose newest day is `lastDay`. */
export function sampleRankings(lastDay: string, sampleModelIds: readonly string[]): SampleRankings {
  const models = [...sampleModelIds.map(currentModel), ...fillerModels()];
  const days = calendarDays(RANKINGS_FIRST_DAY, lastDay).map((date) => sampleDay(date, models));
  const series = new Map<string, RankingsRow[]>();
  series.set(
    "day",
    days.flatMap(({ date, tokens, total }) => rankDate(date, tokens, total)),
  );
  for (const period of ["week", "month"] as const) {
    series.set(
      period,
      [...buckets(days, period)].flatMap(([date, bucket]) =>
        rankDate(date, bucket.tokens, bucket.total),
      ),
    );
  }
  const weeks = [...buckets(days, "week")];
  for (const category of RANKINGS_CATEGORIES) {
    series.set(
      `week:${category}`,
      weeks.flatMap(([date, bucket]) => categoryWeek(date, bucket, category)),
    );
  }
  return series;
}

/** The sample's rows of one series. */
export function sampleSeries(rankings: SampleRankings, key: RankingsSeriesKey): RankingsRow[] {
  return rankings.get(key.category ? `week:${key.category}` : key.period) ?? [];
}

/** A model of the sample snapshot: launched on its slug's date, among the strongest. */
function currentModel(slug: string): SampleModel {
  const random = seeded(slug);
  const stamp = /-(\d{4})(\d{2})(\d{2})(?::|$)/.exec(slug);
  const launch = stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : "2025-06-01";
  return { slug, launch, weight: 4 + random() * 4, lifetimeDays: 400 + random() * 300 };
}

/** Older or smaller models: launched from mid-2023 to 2024, then through 2025 and 2026. */
function fillerModels(): SampleModel[] {
  return Array.from({ length: EARLY_MODELS + LATER_MODELS }, (_, index) => {
    const random = seeded(`filler-${index}`);
    const [vendor, family] = FILLER_FAMILIES[index % FILLER_FAMILIES.length] ?? ["sample", "model"];
    const launch =
      index < EARLY_MODELS
        ? addDays("2023-06-01", Math.floor(random() * 570))
        : addDays(RANKINGS_FIRST_DAY, Math.floor(random() * 640));
    const slug = `${vendor}/${family}-sample-${index + 1}-${launch.replaceAll("-", "")}`;
    return { slug, launch, weight: 0.3 + random() * 2.5, lifetimeDays: 150 + random() * 300 };
  });
}

type Tally = { tokens: Map<string, bigint>; total: bigint };

function sampleDay(date: string, models: SampleModel[]): Tally & { date: string } {
  const day = daysBetween(RANKINGS_FIRST_DAY, date);
  const random = seeded(`day-${date}`);
  const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  const volume =
    DAY_ONE_TOKENS * 2 ** (day / DOUBLING_DAYS) * (weekend ? 0.86 : 1) * (0.97 + random() * 0.06);
  const weights = models.map((model) => popularity(model, date));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const tokens = new Map<string, bigint>();
  models.forEach((model, index) => {
    const share = ((weights[index] ?? 0) / weightSum) * (1 - LONG_TAIL);
    tokens.set(model.slug, BigInt(Math.round(volume * share)));
  });
  return { date, tokens, total: BigInt(Math.round(volume)) };
}

/** 0 before launch; a few weeks' ramp, then a slow fade. */
function popularity(model: SampleModel, date: string): number {
  const age = daysBetween(model.launch, date);
  if (age < 0) return 0;
  return model.weight * (1 - Math.exp(-age / 20)) * Math.exp(-age / model.lifetimeDays);
}

/** Each model's and the total's sums per bucket, by bucket date ascending. */
function buckets(
  days: readonly (Tally & { date: string })[],
  period: "week" | "month",
): Map<string, Tally> {
  const result = new Map<string, Tally>();
  for (const day of days) {
    const date = bucketStart(day.date, period);
    const bucket = result.get(date) ?? { tokens: new Map<string, bigint>(), total: 0n };
    for (const [model, tokens] of day.tokens) {
      bucket.tokens.set(model, (bucket.tokens.get(model) ?? 0n) + tokens);
    }
    bucket.total += day.total;
    result.set(date, bucket);
  }
  return result;
}

/**
 * A category's estimated week: the category's slice of the categorised tokens, split over the
 * models by their week's tokens and a fixed per-model affinity for the category (coders and
 * Claude lean to programming).
 */
function categoryWeek(date: string, week: Tally, category: RankingsCategory): RankingsRow[] {
  const categoryTokens = Number(week.total) * CATEGORISED * categoryShare(category, date);
  const leanings = [...week.tokens].map(
    ([model, tokens]) => [model, Number(tokens) * affinity(model, category)] as const,
  );
  const tail = Number(week.total) * LONG_TAIL;
  const leaningSum = leanings.reduce((sum, [, leaning]) => sum + leaning, tail);
  const tokens = new Map(
    leanings.map(([model, leaning]) => [
      model,
      BigInt(Math.round((categoryTokens * leaning) / leaningSum)),
    ]),
  );
  return rankDate(date, tokens, BigInt(Math.round(categoryTokens)));
}

/** Programming: ~11 % in January 2025 rising to ~57 % by December; the rest share the remainder. */
function categoryShare(category: RankingsCategory, date: string): number {
  const months = daysBetween("2025-07-01", date) / 30;
  const programming = 0.11 + 0.47 / (1 + Math.exp(-months / 1.6));
  if (category === "programming") return programming;
  const weights = Object.values(CATEGORY_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  return ((1 - programming) * CATEGORY_WEIGHTS[category]) / weights;
}

function affinity(model: string, category: RankingsCategory): number {
  const base = 0.3 + seeded(`${model}|${category}`)() * 1.4;
  const coder = /coder|claude|codex/.test(model);
  return category === "programming" && coder ? base * 3 : base;
}
