import { describe, expect, it } from "vitest";

import { dateAxisLabels, spansYears } from "@/components/charts/svg/time-axis";

const texts = (days: { date: string; gapUntil?: string }[]) =>
  dateAxisLabels(days).map((label) => label.text);

describe("the date axis", () => {
  it("labels days short within a year, and never a folded gap's slot", () => {
    const days = [
      { date: "2026-10-01" },
      { date: "2026-10-02", gapUntil: "2026-11-13" },
      { date: "2026-11-14" },
      { date: "2026-11-15" },
    ];
    expect(spansYears(days)).toBe(false);
    expect(texts(days)).toEqual(["Oct 1", "Nov 14", "Nov 15"]);
  });

  it("gives dates their year, three at most, when the days span years", () => {
    const days = [
      { date: "2020-01-01" },
      { date: "2020-01-02", gapUntil: "2026-11-13" },
      ...["14", "15", "16", "17", "18", "19", "20", "21"].map((day) => ({
        date: `2026-11-${day}`,
      })),
    ];
    expect(spansYears(days)).toBe(true);
    expect(texts(days)).toEqual(["Jan 1, 2020", "Nov 16, 2026", "Nov 20, 2026"]);
  });
});
