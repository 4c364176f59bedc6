import { describe, expect, it } from "vitest";

import { addDays, calendarDays, daysBetween, isIsoDate, nearestDates } from "@/lib/model";

describe("snapshot dates", () => {
  it("accepts only real calendar days written YYYY-MM-DD", () => {
    expect(isIsoDate("2026-11-21")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    for (const bad of [
      "2026-02-30",
      "2026-13-01",
      "2026-1-01",
      "21-11-2026",
      "",
      "2026-11-21T00",
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it("does day arithmetic in UTC across month and year ends", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2026-11-21", -30)).toBe("2026-10-22");
    expect(daysBetween("2026-11-15", "2026-11-21")).toBe(6);
    expect(daysBetween("2026-11-21", "2026-11-15")).toBe(-6);
    // Across the European DST change the count is still whole days.
    expect(daysBetween("2026-10-20", "2026-10-30")).toBe(10);
  });

  it("lists every calendar day between two dates, both included", () => {
    expect(calendarDays("2026-11-29", "2026-12-02")).toEqual([
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
    ]);
    expect(calendarDays("2026-11-21", "2026-11-21")).toEqual(["2026-11-21"]);
    expect(calendarDays("2026-11-22", "2026-11-21")).toEqual([]);
  });

  it("offers the stored dates nearest to one that is not stored, oldest first", () => {
    const stored = ["2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"];
    expect(nearestDates(stored, "2026-11-17")).toEqual([
      "2026-11-15",
      "2026-11-16",
      "2026-11-18",
      "2026-11-21",
    ]);
    expect(nearestDates(stored, "2026-11-17", 1)).toEqual(["2026-11-16", "2026-11-18"]);
    expect(nearestDates(stored, "2025-01-01")).toEqual(["2026-11-15", "2026-11-16"]);
    expect(nearestDates(stored, "2027-01-01")).toEqual(["2026-11-18", "2026-11-21"]);
    expect(nearestDates([], "2026-11-17")).toEqual([]);
  });
});
