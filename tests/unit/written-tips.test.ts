import { describe, expect, it } from "vitest";

import { tipTexts } from "@/components/charts/interaction/layer-spec";

describe("tooltips written as a table", () => {
  it("gives each row its title and a line per label with a value, in the labels' order", () => {
    const tips = tipTexts({
      labels: ["Code", "Data", "All"],
      rows: [
        ["Nov 21", "44.7%", "4.1%", "100 tokens"],
        ["Nov 22", "not in the top 50", null, "90 tokens"],
        ["No snapshots from 2026-09-15 to 2026-11-13 (60 days)"],
      ],
    });
    expect(tips).toEqual([
      "Nov 21\nCode: 44.7%\nData: 4.1%\nAll: 100 tokens",
      "Nov 22\nCode: not in the top 50\nAll: 90 tokens",
      "No snapshots from 2026-09-15 to 2026-11-13 (60 days)",
    ]);
  });
});
