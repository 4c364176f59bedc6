import { describe, expect, it } from "vitest";

import { addDays } from "@/lib/model";
import {
  SAMPLE_GAP_OFFSETS,
  SAMPLE_HISTORY_DAYS,
  sampleHistory,
} from "@/lib/data/sample/sample-history";
import { rawClassificationsResponseSchema } from "@/lib/openrouter/schema";

import { sampleJson } from "./fixture-helpers";

const newest = rawClassificationsResponseSchema.parse(sampleJson()).data;
const history = sampleHistory(newest);

describe("the sample history", () => {
  it("ends with the bundled sample unchanged and spans several weeks with gaps", () => {
    expect(history.at(-1)).toEqual(newest);
    expect(history).toHaveLength(SAMPLE_HISTORY_DAYS - SAMPLE_GAP_OFFSETS.length);
    expect(history[0]?.as_of).toBe(addDays(newest.as_of, -(SAMPLE_HISTORY_DAYS - 1)));
    const dates = history.map((day) => day.as_of);
    expect([...dates].sort()).toEqual(dates);
    for (const offset of SAMPLE_GAP_OFFSETS) {
      expect(dates).not.toContain(addDays(newest.as_of, -offset));
    }
  });

  it("is valid upstream data every day, with shares summing as upstream's do", () => {
    for (const day of history) {
      expect(() => rawClassificationsResponseSchema.parse({ data: day })).not.toThrow();
      const usage = day.classifications.reduce((sum, item) => sum + item.usage_share, 0);
      expect(usage).toBeGreaterThan(0.99);
      expect(usage).toBeLessThan(1.01);
      for (const item of day.classifications) {
        const listed = item.models.reduce((sum, model) => sum + model.tag_usage_share, 0);
        expect(listed).toBeLessThanOrEqual(1);
      }
    }
  });

  it("moves plausibly: shares change from day to day, but not wildly", () => {
    const [first] = history;
    const tag = (day: typeof newest) =>
      day.classifications.find((item) => item.tag === "code:general_impl")?.usage_share ?? 0;
    expect(tag(first ?? newest)).not.toBe(tag(newest));
    for (let index = 1; index < history.length; index += 1) {
      const before = tag(history[index - 1] ?? newest);
      expect(Math.abs(tag(history[index] ?? newest) - before) / before).toBeLessThan(0.15);
    }
  });

  it("has a tag that appears part-way and models that enter and drop out", () => {
    const count = (day: typeof newest | undefined) => day?.classifications.length ?? 0;
    expect(count(history[0])).toBe(newest.classifications.length - 1);
    const modelIds = (day: typeof newest | undefined) =>
      new Set(day?.classifications.flatMap((item) => item.models.map((model) => model.id)));
    const oldIds = modelIds(history[0]);
    const newIds = modelIds(newest);
    expect([...oldIds].some((id) => !newIds.has(id))).toBe(true);
  });

  it("is the same on every run", () => {
    expect(sampleHistory(newest)).toEqual(history);
  });
});
