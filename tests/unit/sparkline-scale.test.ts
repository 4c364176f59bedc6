import { describe, expect, it } from "vitest";

import {
  SPARKLINE_HEIGHT,
  sharedSparklineScale,
  sparklineX,
  sparklineY,
} from "@/components/history/sparkline-scale";
import type { SharePoint } from "@/lib/derive/series";

const day = (date: string, usage: number | null): SharePoint =>
  usage === null ? { date, usage: null, tokens: null } : { date, usage, tokens: usage };

// A large task moving 0.2 pp and a small one moving 0.05 pp.
const large = [day("2026-11-14", 0.03), day("2026-11-15", null), day("2026-11-16", 0.032)];
const small = [day("2026-11-14", 0.001), day("2026-11-15", 0.0015), day("2026-11-16", 0.001)];
const top = [day("2026-11-14", 0.16), day("2026-11-15", 0.2), day("2026-11-16", 0.18)];

describe("the sparkline column's shared scale", () => {
  it("runs from 0 to the highest stored share in the column, gaps ignored", () => {
    expect(sharedSparklineScale([large, small, top])).toEqual({ low: 0, high: 0.2 });
    expect(sharedSparklineScale([large, small])).toEqual({ low: 0, high: 0.032 });
    expect(sharedSparklineScale([[day("2026-11-14", null)]])).toEqual({ low: 0, high: 0 });
  });

  it("puts every row's values at the same heights for the same shares", () => {
    const scale = sharedSparklineScale([large, small, top]);
    // 24 px tall, 2 px padding: high at y = 2, zero at y = 22, linear in between.
    expect(sparklineY(0.2, scale)).toBe(2);
    expect(sparklineY(0, scale)).toBe(22);
    expect(sparklineY(0.1, scale)).toBe(12);
    expect(sparklineY(0.16, scale)).toBeCloseTo(6, 10);
    // The 3% task's 0.2 pp move is 0.2 px, not the full height of its own sparkline.
    expect(sparklineY(0.03, scale)).toBeCloseTo(19, 10);
    expect(sparklineY(0.032, scale)).toBeCloseTo(18.8, 10);
    // The 0.1% task stays down by the axis: no staircase.
    expect(sparklineY(0.001, scale)).toBeCloseTo(21.9, 10);
    expect(sparklineY(0.0015, scale)).toBeCloseTo(21.85, 10);
  });

  it("keeps out-of-range values on the chart and draws an all-zero column on the axis", () => {
    expect(sparklineY(0.3, { low: 0, high: 0.2 })).toBe(2);
    expect(sparklineY(-0.1, { low: 0, high: 0.2 })).toBe(SPARKLINE_HEIGHT - 2);
    expect(sparklineY(0, { low: 0, high: 0 })).toBe(SPARKLINE_HEIGHT - 2);
  });

  it("spaces the days evenly across the width", () => {
    expect([0, 1, 2].map((index) => sparklineX(index, 3))).toEqual([2, 48, 94]);
  });
});
