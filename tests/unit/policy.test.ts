import { describe, expect, it } from "vitest";

import { nextAttemptAfterFailure, nextAttemptAfterSuccess } from "@/lib/data/refresh/policy";

const AT = Date.parse("2026-11-24T02:00:00.000Z");
const WINDOW_MS = 900_000;

function failure(overrides: Partial<Parameters<typeof nextAttemptAfterFailure>[0]>) {
  return nextAttemptAfterFailure({
    at: AT,
    windowMs: WINDOW_MS,
    consecutiveFailures: 1,
    hasData: true,
    retryAfterSeconds: undefined,
    ...overrides,
  });
}

describe("nextAttemptAfterSuccess", () => {
  it("is one window after the attempt ended", () => {
    expect(nextAttemptAfterSuccess(AT, WINDOW_MS)).toBe(AT + 900_000);
    expect(nextAttemptAfterSuccess(AT, 2_000)).toBe(AT + 2_000);
  });
});

describe("nextAttemptAfterFailure with data to show", () => {
  it.each([1, 2, 5, 30])("waits one window after failure %i in a row", (consecutiveFailures) => {
    expect(failure({ consecutiveFailures })).toBe(AT + 900_000);
  });

  it("waits out a Retry-After longer than the window", () => {
    expect(failure({ retryAfterSeconds: 3_600 })).toBe(AT + 3_600_000);
    expect(failure({ retryAfterSeconds: 901 })).toBe(AT + 901_000);
  });

  it("does not shorten the window for a shorter Retry-After", () => {
    expect(failure({ retryAfterSeconds: 30 })).toBe(AT + 900_000);
    expect(failure({ retryAfterSeconds: 0 })).toBe(AT + 900_000);
  });
});

describe("nextAttemptAfterFailure with nothing to show", () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [4, 40_000],
    [5, 80_000],
    [6, 160_000],
    [7, 320_000],
    [8, 640_000],
    [9, 900_000],
    [10, 900_000],
    [60, 900_000],
  ])("retries failure %i in a row after %i ms", (consecutiveFailures, delayMs) => {
    expect(failure({ hasData: false, consecutiveFailures })).toBe(AT + delayMs);
  });

  it("caps the backoff at a short window", () => {
    const windowMs = 30_000;
    expect(failure({ hasData: false, consecutiveFailures: 3, windowMs })).toBe(AT + 20_000);
    expect(failure({ hasData: false, consecutiveFailures: 4, windowMs })).toBe(AT + 30_000);
    expect(failure({ hasData: false, consecutiveFailures: 1, windowMs: 2_000 })).toBe(AT + 2_000);
  });

  it("waits out a Retry-After longer than the backoff, even beyond the window", () => {
    expect(failure({ hasData: false, retryAfterSeconds: 60 })).toBe(AT + 60_000);
    expect(failure({ hasData: false, consecutiveFailures: 20, retryAfterSeconds: 1_200 })).toBe(
      AT + 1_200_000,
    );
  });

  it("does not shorten the backoff for a shorter Retry-After", () => {
    expect(failure({ hasData: false, consecutiveFailures: 3, retryAfterSeconds: 2 })).toBe(
      AT + 20_000,
    );
  });
});
