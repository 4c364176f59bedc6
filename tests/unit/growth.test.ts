import { describe, expect, it } from "vitest";

import { rawClassificationsResponseSchema } from "@/lib/openrouter/schema";

import { snapshotWithTasks } from "../../scripts/budgets/growth";

describe("snapshotWithTasks: the bench's wider days", () => {
  it.each([10, 30, 60])(
    "gives %i valid tasks whose shares still add up, 10 models in the largest",
    (count) => {
      const parsed = rawClassificationsResponseSchema.parse(
        JSON.parse(snapshotWithTasks(count, "2026-11-23")),
      );
      const tasks = parsed.data.classifications;
      expect(parsed.data.as_of).toBe("2026-11-23");
      expect(tasks).toHaveLength(count);
      expect(new Set(tasks.map((task) => task.tag)).size).toBe(count);
      const usage = tasks.reduce((sum, task) => sum + task.usage_share, 0);
      expect(usage).toBeGreaterThan(0.95);
      expect(usage).toBeLessThan(1.05);
      expect(tasks[0]?.models).toHaveLength(10);
    },
  );
});
