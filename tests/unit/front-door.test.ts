import { describe, expect, it } from "vitest";

import { isSatisfiableRange } from "@/lib/http/front-door";

describe("isSatisfiableRange", () => {
  it("accepts byte ranges a file could satisfy, lists of them too", () => {
    for (const header of ["bytes=0-99", "bytes=100-", "bytes=-50", "bytes=0-0, 5-9", "bytes=5-5"]) {
      expect(isSatisfiableRange(header), header).toBe(true);
    }
  });

  it("refuses an inverted, empty or malformed range, and units other than bytes (ignored by the front door)", () => {
    for (const header of [
      "bytes=5-1",
      "bytes=-",
      "bytes=",
      "bytes=a-b",
      "items=0-1",
      "bytes=0-1,9-2",
    ]) {
      expect(isSatisfiableRange(header), header).toBe(false);
    }
  });
});
