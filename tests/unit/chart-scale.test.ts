import { describe, expect, it } from "vitest";

import {
  donutArcs,
  niceTicks,
  percent,
  sectorPath,
  sparseLabelIndexes,
} from "@/components/charts/svg/chart-scale";

describe("niceTicks", () => {
  it("rounds the axis up to a step of 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceTicks(0.261)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0.231)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25]);
    expect(niceTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.012)).toEqual([0, 0.0025, 0.005, 0.0075, 0.01, 0.0125]);
  });

  it("ends exactly on a maximum that is already round", () => {
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("draws a 0–100% axis when there is nothing to draw", () => {
    expect(niceTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe("sparseLabelIndexes", () => {
  it("labels every nth item so that no more than the maximum show", () => {
    expect(sparseLabelIndexes(39, 5)).toEqual([0, 8, 16, 24, 32]);
    expect(sparseLabelIndexes(3, 5)).toEqual([0, 1, 2]);
    expect(sparseLabelIndexes(0, 5)).toEqual([]);
  });
});

describe("percent", () => {
  it("writes a fraction as an SVG percentage without float noise", () => {
    expect(percent(0.1 + 0.2)).toBe("30%");
    expect(percent(1 / 3)).toBe("33.3333%");
  });
});

describe("donutArcs", () => {
  it("shares the circle out after the gaps, clockwise from twelve o'clock", () => {
    expect(donutArcs([3, 1], 1)).toEqual([
      { startAngle: 0, endAngle: 268.5 },
      { startAngle: 269.5, endAngle: 359 },
    ]);
  });

  it("gives an empty slice no span and no gap", () => {
    expect(donutArcs([1, 0, 1], 1)).toEqual([
      { startAngle: 0, endAngle: 179 },
      { startAngle: 180, endAngle: 180 },
      { startAngle: 180, endAngle: 359 },
    ]);
  });

  it("draws a single slice as the whole ring", () => {
    expect(donutArcs([0.4], 1)).toEqual([{ startAngle: 0, endAngle: 360 }]);
  });
});

describe("sectorPath", () => {
  it("draws a ring sector between two radii", () => {
    expect(sectorPath({ startAngle: 0, endAngle: 90 }, 50, 100)).toBe(
      "M0 -100 A100 100 0 0 1 100 0 L50 0 A50 50 0 0 0 0 -50 Z",
    );
  });

  it("uses the large arc past half a turn, and nothing for an empty slice", () => {
    expect(sectorPath({ startAngle: 0, endAngle: 270 }, 50, 100)).toContain(
      "A100 100 0 1 1 -100 0",
    );
    expect(sectorPath({ startAngle: 10, endAngle: 10 }, 50, 100)).toBe("");
  });
});
