import { describe, expect, it } from "vitest";

import { addDays, type TagShare, type TaskDay } from "@/lib/model";
import { digestOf } from "@/lib/derive/digest";
import { moveRows } from "@/lib/export/rows";

// Small hand-made days: each task's usage share (tokens twice as large, to tell them apart) and
// its top models in order.
type TaskShares = { usage: number; models?: string[] };

function task(tag: string, { usage, models = [] }: TaskShares): TagShare {
  return {
    tag,
    displayName: tag.toUpperCase(),
    macroCategory: "code",
    usageShare: usage,
    tokenShare: usage * 2,
    tokenIntensity: 2,
    categoryUsageShare: usage,
    categoryTokenShare: usage,
    usageRank: 1,
    categoryUsageRank: 1,
    models: models.map((id, index) => ({ id, rank: index + 1, usageShare: 0.1, tokenShare: 0.1 })),
    otherModels: null,
  };
}

function day(asOf: string, tasks: Record<string, TaskShares>): TaskDay {
  const tags = Object.entries(tasks).map(([tag, shares]) => task(tag, shares));
  const usage = tags.reduce((sum, tag) => sum + tag.usageShare, 0);
  return {
    asOf,
    windowDays: 7,
    tags,
    macroCategories: [
      {
        key: "code",
        label: "Code",
        usageShare: usage,
        tokenShare: usage * 2,
        tagCount: tags.length,
      },
    ],
  };
}

/** Seven days in a row: `a` moves by ±0.002 a day, then jumps; `b` moves by ±0.01 a day. */
function week(): TaskDay[] {
  const aShares = [0.3, 0.302, 0.3, 0.302, 0.3, 0.302, 0.33];
  const bShares = [0.1, 0.11, 0.1, 0.11, 0.1, 0.11, 0.105];
  return aShares.map((a, index) =>
    day(addDays("2026-11-01", index), {
      a: { usage: a, models: index < 6 ? ["x/one", "x/two"] : ["x/two", "x/three"] },
      b: { usage: bShares[index] ?? 0 },
    }),
  );
}

describe("digestOf", () => {
  it("ranks a move beyond the usual day-to-day movement first, and marks the usual ones", () => {
    const days = week();
    const current = days[6];
    const base = days[5];
    if (!current || !base) throw new Error("seven days");
    const digest = digestOf(current, base, days);
    expect(digest).toMatchObject({ asOf: "2026-11-07", baseAsOf: "2026-11-06", days: 1 });

    const [first] = digest.moves;
    expect(first).toMatchObject({ scope: "task", key: "a", metric: "usage", verdict: "notable" });
    expect(first?.change).toBeCloseTo(0.028, 12);
    // Its one-day moves: five of 0.002, and this one: the median is 0.002.
    expect(first?.typical).toBeCloseTo(0.002, 12);

    const b = digest.moves.find((move) => move.key === "b" && move.metric === "usage");
    // 0.11 → 0.105 is half of b's usual 0.01 a day: ordinary.
    expect(b).toMatchObject({ verdict: "normal" });
    expect(b?.change).toBeCloseTo(-0.005, 12);
    expect(b?.typical).toBeCloseTo(0.01, 12);
    expect(digest.moves.at(-1)?.verdict).toBe("normal");
  });

  it("names a new leader, models entering and leaving a top list, and tasks new or gone", () => {
    const days = week();
    const base = days[5];
    const current = days[6];
    if (!current || !base) throw new Error("seven days");
    const withNewTask = { ...current, tags: [...current.tags, task("c", { usage: 0.05 })] };
    const digest = digestOf(
      { ...withNewTask, tags: withNewTask.tags.filter((tag) => tag.tag !== "b") },
      base,
      days,
    );
    expect(digest.newLeaders).toEqual([{ tag: "a", label: "A", from: "x/one", to: "x/two" }]);
    expect(digest.entered).toEqual([{ tag: "a", label: "A", model: "x/three" }]);
    expect(digest.left).toEqual([{ tag: "a", label: "A", model: "x/one" }]);
    expect(digest.newTasks.map((tag) => tag.tag)).toEqual(["c"]);
    expect(digest.goneTasks.map((tag) => tag.tag)).toEqual(["b"]);
  });

  it("does not judge a move with fewer than three earlier moves of the same span", () => {
    const days = week().slice(4);
    const [, base, current] = days;
    if (!current || !base) throw new Error("three days");
    const digest = digestOf(current, base, days);
    expect(digest.moves.every((move) => move.verdict === "unjudged")).toBe(true);
    expect(digest.moves.every((move) => move.typical === null)).toBe(true);
  });

  it("never calls news a move that rounds to 0.0 pp, with history or without", () => {
    const same = day("2026-11-02", { a: { usage: 0.3 } });
    const nearly = day("2026-11-03", { a: { usage: 0.3002 } });
    const digest = digestOf(nearly, same, [same, nearly]);
    expect(digest.moves.map((move) => move.verdict)).toEqual([
      "normal",
      "normal",
      "normal",
      "normal",
    ]);
  });

  it("exports every move in the page's order, changes in exact percentage points", () => {
    const days = week();
    const [base, current] = [days[5], days[6]];
    if (!current || !base) throw new Error("seven days");
    const { columns, rows } = moveRows(digestOf(current, base, days).moves);
    expect(columns.map((column) => column.key)).toEqual([
      "scope",
      "key",
      "label",
      "share_of",
      "from",
      "to",
      "change_pp",
      "usual_move_pp",
      "verdict",
    ]);
    expect(rows[0]).toEqual({
      scope: "task",
      key: "a",
      label: "A",
      share_of: "usage",
      from: 0.302,
      to: 0.33,
      change_pp: 2.8,
      usual_move_pp: 0.2,
      verdict: "notable",
    });
  });
});
