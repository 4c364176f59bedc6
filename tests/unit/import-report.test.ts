import { describe, expect, it } from "vitest";

import { importReport, importSummary } from "@/scripts/import-report";

import { fixtureData, NEXT_DAY_FIXTURE } from "./fixture-helpers";

describe("npm run import's report", () => {
  const day = fixtureData();
  const nextDay = fixtureData(NEXT_DAY_FIXTURE);
  const files = [
    { file: "a.json", snapshot: { data: day, fetchedAt: new Date(0) } },
    { file: "b.json", snapshot: { data: nextDay, fetchedAt: new Date(0) } },
  ];

  it("says a replaced day was replaced, not imported, and counts it apart", () => {
    const result = { saved: [nextDay.as_of], replaced: [day.as_of], skipped: [] };
    const tasks = (data: typeof day) => `(${data.classifications.length} tasks)`;
    expect(importReport(files, result)).toEqual([
      `✓ a.json: ${day.as_of} replaced the stored day ${tasks(day)}`,
      `✓ b.json: ${nextDay.as_of} imported ${tasks(nextDay)}`,
    ]);
    expect(importSummary(result)).toBe("Imported 1, replaced 1, kept 0 already stored");
  });

  it("says a kept day was kept", () => {
    const result = { saved: [], replaced: [], skipped: [day.as_of, nextDay.as_of] };
    expect(importReport(files, result)[0]).toBe(
      `– a.json: ${day.as_of} is already stored, kept (--replace overwrites it)`,
    );
    expect(importSummary(result)).toBe("Imported 0, replaced 0, kept 2 already stored");
  });
});
