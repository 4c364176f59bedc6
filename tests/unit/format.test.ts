import { describe, expect, it } from "vitest";

import {
  formatExactTokens,
  formatMonth,
  formatTokenAmount,
  formatTokenTick,
  formatTokens,
  formatAge,
  formatGap,
  formatPercent,
  formatPoints,
  formatUsualMove,
  formatRank,
  formatRatio,
  formatShortDate,
  formatTimestamp,
  formatWindow,
  pointsDirection,
  truncate,
} from "@/lib/format";

describe("formatPercent", () => {
  it.each([
    [0.1842, "18.4%"],
    [0, "0.0%"],
    [1, "100.0%"],
    [0.00049, "0.0%"],
    [0.245, "24.5%"],
    [0.0005, "0.1%"],
    [0.2611, "26.1%"],
    [0.4397, "44.0%"],
    [0.99999, "100.0%"],
  ])("formats %d as %s", (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });

  it("keeps the value written as 0.2450 at 24.5%", () => {
    expect(formatPercent(0.245)).toBe("24.5%");
  });
});

describe("formatRatio", () => {
  it.each([
    [0.2611 / 0.1842, "1.42×"],
    [1.4177, "1.42×"],
    [1, "1.00×"],
    [0.5625, "0.56×"],
    [0, "0.00×"],
    [1234.5, "1,234.50×"],
  ])("formats %d as %s", (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });

  it("shows an unknown ratio as an en dash", () => {
    expect(formatRatio(null)).toBe("–");
  });
});

describe("formatWindow", () => {
  it("names the trailing window that ends on as_of", () => {
    expect(formatWindow(7, "2026-11-21")).toBe("7 days to 2026-11-21");
    expect(formatWindow(30, "2026-11-22")).toBe("30 days to 2026-11-22");
  });

  it("uses the singular for one day", () => {
    expect(formatWindow(1, "2026-11-21")).toBe("1 day to 2026-11-21");
  });
});

describe("formatTimestamp", () => {
  it("formats an ISO timestamp in UTC to the minute", () => {
    expect(formatTimestamp("2026-11-24T02:40:59.999Z")).toBe("2026-11-24 02:40 UTC");
    expect(formatTimestamp("2026-11-24T00:00:00Z")).toBe("2026-11-24 00:00 UTC");
  });

  it("converts an offset to UTC", () => {
    expect(formatTimestamp("2026-11-24T03:40:00+01:00")).toBe("2026-11-24 02:40 UTC");
    expect(formatTimestamp("2026-11-23T20:10:00-08:00")).toBe("2026-11-24 04:10 UTC");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatTimestamp("not a date")).toBe("not a date");
    expect(formatTimestamp("")).toBe("");
  });
});

describe("formatRank", () => {
  it("formats a rank out of a total", () => {
    expect(formatRank(3, 30)).toBe("#3 of 30");
    expect(formatRank(1, 1)).toBe("#1 of 1");
  });
});

describe("formatAge", () => {
  it.each([
    [0, "just now"],
    [4_499, "just now"],
    [4_500, "5 s ago"],
    [40_000, "40 s ago"],
    [59_499, "59 s ago"],
    [59_500, "1 min ago"],
    [119_999, "2 min ago"],
    [12 * 60_000 + 59_000, "12 min ago"],
    [3_599_499, "59 min ago"],
    [3_600_000, "1 h ago"],
    [3 * 3_600_000 + 59 * 60_000, "3 h ago"],
    [47 * 3_600_000 + 59 * 60_000, "47 h ago"],
    [48 * 3_600_000, "2 days ago"],
    [71 * 3_600_000, "2 days ago"],
    [72 * 3_600_000, "3 days ago"],
    [400 * 86_400_000, "400 days ago"],
  ])("formats %i ms as %s", (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });

  it("treats a time slightly in the future (clock skew between replicas) as just now", () => {
    expect(formatAge(-1)).toBe("just now");
    expect(formatAge(-90_000)).toBe("just now");
  });
});

describe("percentage-point changes", () => {
  it("carry a sign, one decimal and the unit; what rounds to zero is plain 0.0", () => {
    expect(formatPoints(0.0061)).toBe("+0.6 pp");
    // The usual move keeps its leading digit when it rounds to 0 (it read "±.0 pp").
    expect(formatUsualMove(0.0123)).toBe("±1.2 pp");
    expect(formatUsualMove(0.0004)).toBe("±0.0 pp");
    expect(formatPoints(-0.012)).toBe("-1.2 pp");
    expect(formatPoints(0.0001)).toBe("0.0 pp");
    expect(formatPoints(-0.0004)).toBe("0.0 pp");
    expect(formatPoints(0)).toBe("0.0 pp");
  });

  it("point the arrow the way the shown number goes", () => {
    expect(pointsDirection(0.0061)).toBe("up");
    expect(pointsDirection(-0.0061)).toBe("down");
    expect(pointsDirection(-0.0004)).toBe("flat");
    expect(pointsDirection(0.0005)).toBe("up");
    expect(formatPoints(0.0005)).toBe("+0.1 pp");
  });
});

describe("truncate", () => {
  it("keeps text that fits and cuts longer text to the length, ending in an ellipsis", () => {
    expect(truncate("Code Generation", 22)).toBe("Code Generation");
    expect(truncate("Classification & Tagging", 22)).toBe("Classification & Tagg…");
    expect(truncate("Classification & Tagging", 22)).toHaveLength(22);
  });
});

describe("chart dates and gaps", () => {
  it("write a day short, with its year when a chart spans years", () => {
    expect(formatShortDate("2026-11-15")).toBe("Nov 15");
    expect(formatShortDate("2020-01-01", true)).toBe("Jan 1, 2020");
  });

  it("say a long run of missing days with its range and length", () => {
    expect(formatGap("2020-01-02", "2026-11-13", 2508)).toBe(
      "No snapshots from 2020-01-02 to 2026-11-13 (2,508 days)",
    );
  });
});

describe("token counts", () => {
  it("read to three significant digits in integer arithmetic", () => {
    expect(formatTokens(1_734_123_456_789n)).toBe("1.73 T tokens");
    expect(formatTokenAmount(98_811_230_040n)).toBe("98.8 B");
    expect(formatTokenAmount(412_903_117_245n)).toBe("413 B");
    expect(formatTokenAmount(999_600_000_000n)).toBe("1.00 T");
    expect(formatTokenAmount(9_996_000n)).toBe("10.0 M");
    expect(formatTokenAmount(1_500n)).toBe("1.50 K");
    expect(formatTokenAmount(950n)).toBe("950");
    expect(formatTokenAmount(0n)).toBe("0");
    // Past 2^53 and past the largest unit.
    expect(formatTokenAmount(9_007_199_254_740_993n)).toBe("9,007 T");
  });

  it("drop trailing zeros on a chart axis", () => {
    expect(formatTokenTick(1_500_000_000_000n)).toBe("1.5 T");
    expect(formatTokenTick(2_000_000_000_000n)).toBe("2 T");
    expect(formatTokenTick(100_000_000_000n)).toBe("100 B");
    expect(formatTokenTick(0n)).toBe("0");
  });

  it("are written exactly with separators", () => {
    expect(formatExactTokens(9_007_199_254_740_993n)).toBe("9,007,199,254,740,993");
  });

  it("name months", () => {
    expect(formatMonth("2026-11-01")).toBe("Nov 2026");
  });
});
