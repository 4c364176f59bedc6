import { readFixture } from "../../tests/support/fake-upstream";

import type { AppUnderTest } from "./app-server";
import type { BudgetRow } from "./budget-table";
import { runLighthouse } from "./lighthouse";
import { formatKB, pageBytes } from "./page-bytes";

// How the overview's cost grows with the snapshot it shows: the live endpoint lists about 30
// tasks of up to 10 models, the test fixture 10. The same fixture is widened to N tasks (copies
// of its tasks under new keys, shares scaled so they still add up, the largest task given 10
// models) and served by the fake upstream; the server stores it at its next refresh.

export const GROWTH_TASK_COUNTS = [10, 30, 60] as const;
const MODELS_IN_LARGEST_TASK = 10;

type RawModel = { id: string; tag_usage_share: number; tag_token_share: number };
type RawTask = {
  tag: string;
  display_name: string;
  usage_share: number;
  token_share: number;
  models: RawModel[];
};

/** A fixture's day (by default the 21st's) widened to `count` tasks, dated `asOf`. */
export function snapshotWithTasks(
  count: number,
  asOf: string,
  fixture = "upstream-2026-11-21.json",
): string {
  const body = JSON.parse(readFixture(fixture));
  const tasks: RawTask[] = body.data.classifications;
  const copies = Math.ceil(count / tasks.length);
  const widened = Array.from({ length: count }, (_, index) => {
    const task = tasks[index % tasks.length];
    if (!task) throw new Error("the fixture lists no task");
    const copy = Math.floor(index / tasks.length);
    return {
      ...task,
      tag: copy === 0 ? task.tag : `${task.tag}_${copy}`,
      display_name: copy === 0 ? task.display_name : `${task.display_name} ${copy + 1}`,
      usage_share: task.usage_share / copies,
      token_share: task.token_share / copies,
    };
  });
  const [largest] = widened;
  if (largest) largest.models = tenModels(largest.models);
  body.data = { ...body.data, as_of: asOf, classifications: widened };
  return JSON.stringify(body);
}

function tenModels(models: RawModel[]): RawModel[] {
  const extra = Array.from({ length: MODELS_IN_LARGEST_TASK - models.length }, (_, index) => ({
    id: `bench/model-${index + 1}-20261101`,
    tag_usage_share: 0.01,
    tag_token_share: 0.01,
  }));
  return [...models, ...extra];
}

export type GrowthPoint = {
  tasks: number;
  htmlBytes: number;
  rscBytes: number;
  performance: number;
  tbt: number;
};

/** Has the fake upstream answer with `snapshot` and waits until the server shows its day. */
export async function serveSnapshot(app: AppUnderTest, snapshot: string, asOf: string) {
  await fetch(`${app.upstream.controlUrl}/respond`, {
    method: "POST",
    body: JSON.stringify({ status: 200, body: snapshot }),
  });
  await untilServing(app.server.url, asOf);
}

/**
 * The bench's main fixture, as large as the live endpoint: two stored days of `BENCH_TASKS`
 * tasks (the fixture's 21st and 22nd widened, so /changes has real moves to list), the newest
 * with 10 models in its largest task, the drill-down's.
 */
export const BENCH_TASKS = 30;
export const BENCH_DAYS = ["2026-11-22", "2026-11-23"] as const;

export async function serveBenchFixture(app: AppUnderTest) {
  const [earlier, later] = BENCH_DAYS;
  await serveSnapshot(app, snapshotWithTasks(BENCH_TASKS, earlier), earlier);
  await serveSnapshot(
    app,
    snapshotWithTasks(BENCH_TASKS, later, "upstream-2026-11-22.json"),
    later,
  );
}

/** Serves each size in turn and measures the overview: HTML and RSC bytes, mobile Lighthouse. */
export async function measureGrowth(app: AppUnderTest, runs: number): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  for (const [index, tasks] of GROWTH_TASK_COUNTS.entries()) {
    // A later day each time (after the bench fixture's), so the server serves it as the newest.
    const asOf = `2026-11-2${4 + index}`;
    await serveSnapshot(app, snapshotWithTasks(tasks, asOf), asOf);
    const url = `${app.server.url}/`;
    const bytes = await pageBytes(url);
    const [mobile] = await runLighthouse([url], ["mobile"], runs);
    if (!mobile) throw new Error("Lighthouse returned no result");
    points.push({
      tasks,
      htmlBytes: bytes.html,
      rscBytes: bytes.rsc,
      performance: mobile.performance,
      tbt: mobile.tbt,
    });
  }
  return points;
}

async function untilServing(url: string, asOf: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await (await fetch(`${url}/api/status`)).json();
    if (status.as_of === asOf) return;
    if (Date.now() > deadline)
      throw new Error(`${url} did not serve ${asOf} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** One row per size and figure, and the cost of each added task from the smallest to the largest. */
export function growthRows(points: readonly GrowthPoint[]): BudgetRow[] {
  const rows: BudgetRow[] = points.flatMap((point) => [
    {
      figure: `growth: HTML of / at ${point.tasks} tasks`,
      value: point.htmlBytes,
      format: formatKB,
    },
    {
      figure: `growth: RSC payload of / at ${point.tasks} tasks`,
      value: point.rscBytes,
      format: formatKB,
    },
    {
      figure: `growth: Lighthouse mobile performance of / at ${point.tasks} tasks`,
      value: point.performance,
      format: (value: number) => value.toFixed(2),
    },
    {
      figure: `growth: blocking time of / at ${point.tasks} tasks (mobile)`,
      value: point.tbt,
      format: (value: number) => `${Math.round(value)} ms`,
    },
  ]);
  const first = points[0];
  const last = points.at(-1);
  if (first && last && last.tasks > first.tasks) {
    const per = (a: number, b: number) => (b - a) / (last.tasks - first.tasks);
    rows.push(
      {
        figure: "growth: HTML per added task",
        value: per(first.htmlBytes, last.htmlBytes),
        format: formatKB,
      },
      {
        figure: "growth: blocking time per added task (mobile)",
        value: per(first.tbt, last.tbt),
        format: (value: number) => `${value.toFixed(1)} ms`,
      },
    );
  }
  return rows;
}
