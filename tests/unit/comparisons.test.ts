import { describe, expect, it } from "vitest";

import {
  availableComparisons,
  chooseComparison,
  isComparisonRequest,
} from "@/lib/derive/comparisons";

// The history server's days: 17, 19 and 20 are missing.
const DATES = ["2026-11-14", "2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"];
const AS_OF = "2026-11-21";
const presets = availableComparisons(DATES, AS_OF);

describe("chooseComparison with ?vs= as a day", () => {
  it("compares with the day stored for that date, named with its distance", () => {
    expect(chooseComparison(presets, "2026-11-16", DATES, AS_OF)).toEqual({
      comparison: { key: "2026-11-16", baseAsOf: "2026-11-16", days: 5 },
      fellBack: false,
    });
  });

  it("takes the nearest earlier stored day within three days when that date is missing", () => {
    expect(chooseComparison(presets, "2026-11-20", DATES, AS_OF).comparison).toEqual({
      key: "2026-11-20",
      baseAsOf: "2026-11-18",
      days: 3,
    });
  });

  it("falls back to the previous snapshot, and says so, with nothing stored near the date", () => {
    for (const day of ["2026-11-01", "2026-11-21", "2026-11-25"]) {
      expect(chooseComparison(presets, day, DATES, AS_OF)).toEqual({
        comparison: { key: "previous", baseAsOf: "2026-11-18", days: 3 },
        fellBack: true,
      });
    }
  });

  it("understands presets and calendar days only", () => {
    expect(["previous", "7d", "30d", "2026-11-16"].every(isComparisonRequest)).toBe(true);
    expect(["week", "2026-02-30", ""].some(isComparisonRequest)).toBe(false);
  });
});
