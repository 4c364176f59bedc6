// The budgets of issue 7 in one table: first-load JavaScript per page beside a bare Next app's,
// Lighthouse (mobile and desktop presets, median of runs), and server throughput.
//
// Throughput: the production server against the fake upstream, driven with autocannon at 200
// concurrent connections, gzip accepted as browsers do. Every view and the API's latest answer
// are measured beside a static file from public/ served by the same server, in the same run, in
// alternating rounds; the medians and their ratios are the figures (timings on a shared 2-core
// machine are noisy). Also counts the upstream calls the fake saw against the number of refresh
// windows the run lasted.
//
// The pages are measured on a snapshot as large as the live endpoint's (30 tasks, 10 models in
// the drill-down's task: `serveBenchFixture`) over a year of stored days before it (imported
// at start; BENCH_STORED_DAYS, default 365), then again on a second server holding a month past
// the window pages draw (their growth per stored day), then the overview at 10, 30 and 60 tasks.
// Last, the table per view the README shows, in Markdown.
//
// Run with `npm run bench` (builds first). BENCH_SECONDS (default 5) sets each round's length,
// BENCH_ROUNDS (default 3) the number of rounds, BENCH_LIGHTHOUSE_RUNS (default 3) the
// Lighthouse runs per page and preset. While iterating, BENCH_ONLY runs only some parts
// (comma-separated: lighthouse, throughput, growth; first-load JavaScript is always measured),
// BENCH_PAGES only some pages (by name: scripts/budgets/budgets.ts) and BENCH_PRESETS only some
// Lighthouse presets (mobile, desktop); `tsx scripts/bench.ts` skips the build.

import autocannon from "autocannon";

import { startApp, type AppUnderTest } from "./budgets/app-server";
import { startBareNext } from "./budgets/bare-next";
import { budgetTable, failures } from "./budgets/budget-table";
import {
  baselineLighthouseRows,
  firstLoadRows,
  lighthouseRows,
  ROUTES,
  scriptBreakdown,
  throughputRows,
  type Throughput,
} from "./budgets/budgets";
import { measureFirstLoadJs } from "./budgets/first-load-js";
import { pageBytes, pageBytesRows, type PageBytes } from "./budgets/page-bytes";
import { BENCH_TASKS, growthRows, measureGrowth, serveBenchFixture } from "./budgets/growth";
import { importDays, storedDays } from "./budgets/stored-days";
import { runLighthouse, type LighthouseResult, type Preset } from "./budgets/lighthouse";
import { median } from "./budgets/median";
import { viewTable, type ViewFigures } from "./budgets/view-table";
import { HISTORY_WINDOW_DAYS } from "../lib/derive/history-set";
import { FAKE_API_PREFIX } from "../tests/support/fake-upstream";

const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const REVALIDATE_SECONDS = 10;
const STORED_DAYS = Number(process.env.BENCH_STORED_DAYS ?? 365);
/** The day before the bench fixture's first (BENCH_DAYS). */
const LAST_STORED_DAY = "2026-11-21";

const PARTS = ["lighthouse", "throughput", "growth"] as const;
const only = (variable: string, all: readonly string[]) => {
  const chosen = (process.env[variable] ?? "").split(",").filter(Boolean);
  const unknown = chosen.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new Error(`${variable}: unknown ${unknown.join(", ")}`);
  return (name: string) => chosen.length === 0 || chosen.includes(name);
};
const runs = only("BENCH_ONLY", PARTS);
const PAGES = ROUTES.filter((route) =>
  only(
    "BENCH_PAGES",
    ROUTES.map((page) => page.name),
  )(route.name),
);
const PRESETS = (["mobile", "desktop"] as const satisfies Preset[]).filter(
  only("BENCH_PRESETS", ["mobile", "desktop"]),
);

const STATIC_FILE = { name: "static file (baseline)", path: "/robots.txt" };
const OVERVIEW = { name: "overview /", path: "/" };
const API_ANSWERS = [{ name: "GET /api/classifications", path: "/api/classifications" }];
const TARGETS = [
  STATIC_FILE,
  OVERVIEW,
  ...ROUTES.filter((route) => route.path !== "/").map((route) => ({
    name: `${route.name} ${route.path}`,
    path: route.path,
  })),
  ...API_ANSWERS,
];
// Short refresh windows, so a server takes each fixture day the fake upstream serves quickly.
const APP_ENV = { REVALIDATE_SECONDS: String(REVALIDATE_SECONDS) };
/** Stored days on the second server: the window pages draw, and a month more. */
const FEWER_STORED_DAYS = HISTORY_WINDOW_DAYS + 30;

type Sample = { rps: number; p50: number; p99: number; errors: number; completed: number };

async function measure(url: string): Promise<Sample> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { "accept-encoding": "gzip" },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    completed: result.requests.total,
  };
}

async function main() {
  // Built first, so its build does not load the machine under the app's measurements.
  const bareNext = await startBareNext();
  const bare = bareNext.firstLoad;
  let app: AppUnderTest | undefined;
  try {
    app = await startApp("bench", APP_ENV, (dataDir) =>
      importDays(dataDir, storedDays(LAST_STORED_DAY, STORED_DAYS), BENCH_TASKS),
    );
    const { server } = app;
    await serveBenchFixture(app);
    for (const target of TARGETS) await fetch(`${server.url}${target.path}`);

    const pages = [];
    for (const route of PAGES) pages.push(await measureFirstLoadJs(server.url, route.path));
    const bytes = await Promise.all(PAGES.map((route) => pageBytes(`${server.url}${route.path}`)));
    // The bare page first in every round, then each page: the same load on the machine for all.
    const measured: LighthouseResult[] = runs("lighthouse")
      ? await runLighthouse(
          [bareNext.url, ...PAGES.map((route) => `${server.url}${route.path}`)],
          PRESETS,
          LIGHTHOUSE_RUNS,
        )
      : [];
    await bareNext.stop();
    const bareLighthouse = measured.filter((result) => result.url === bareNext.url);
    const lighthouse = measured.filter((result) => result.url !== bareNext.url);
    const rows = [
      ...firstLoadRows(pages, bare),
      ...pageBytesRows(bytes),
      ...lighthouseRows(lighthouse, bareLighthouse),
      ...baselineLighthouseRows(bareLighthouse),
    ];
    console.log(
      `\nPages measured on a snapshot of ${BENCH_TASKS} tasks, ${STORED_DAYS + 2} stored days.\n`,
    );
    console.log(budgetTable(rows));
    console.log(`\n${failures(rows).length} of the figures with a budget miss it.`);
    console.log(
      `\n${[{ ...bare, route: "bare Next app /" }, ...pages].map(scriptBreakdown).join("\n\n")}`,
    );

    const throughputs = runs("throughput") ? await measureThroughput(app) : [];
    const fewer = runs("growth") ? await bytesWithFewerDays() : [];

    // Last: it replaces the fixture the figures above were measured on.
    if (runs("growth")) {
      const growth = await measureGrowth(app, LIGHTHOUSE_RUNS);
      console.log(
        `\nHow the overview's cost grows with its tasks (Lighthouse mobile, median of ${LIGHTHOUSE_RUNS}):\n`,
      );
      console.log(budgetTable(growthRows(growth)));
    }

    const views: ViewFigures[] = PAGES.flatMap((route, index) => {
      const pageBytesOf = bytes[index];
      if (!pageBytesOf) return [];
      const before = fewer[index];
      return [
        {
          ...route,
          bytes: pageBytesOf,
          perStoredDay:
            before && (pageBytesOf.html - before.html) / (STORED_DAYS - FEWER_STORED_DAYS),
          lighthouse: lighthouse.filter(
            (result) => new URL(result.url).href === new URL(route.path, server.url).href,
          ),
          throughput: throughputs.find((target) => target.path === route.path),
        },
      ];
    });
    console.log(
      `\nEvery view on ${STORED_DAYS + 2} stored days of ${BENCH_TASKS} tasks (Lighthouse medians of ${LIGHTHOUSE_RUNS}, the bare Next page of the same run in brackets; per stored day: HTML added by each day past ${FEWER_STORED_DAYS}):\n`,
    );
    console.log(viewTable(views, bareLighthouse));
  } finally {
    await bareNext.stop();
    await app?.stop();
  }
}

/** Every view's bytes on a second server holding fewer stored days (FEWER_STORED_DAYS). */
async function bytesWithFewerDays(): Promise<PageBytes[]> {
  const fewer = await startApp("bench-fewer", APP_ENV, (dataDir) =>
    importDays(dataDir, storedDays(LAST_STORED_DAY, FEWER_STORED_DAYS), BENCH_TASKS),
  );
  try {
    await serveBenchFixture(fewer);
    return await Promise.all(PAGES.map((route) => pageBytes(`${fewer.server.url}${route.path}`)));
  } finally {
    await fewer.stop();
  }
}

async function measureThroughput({ server, upstream }: AppUnderTest): Promise<Throughput[]> {
  const startedAt = Date.now();
  // The task endpoint's calls, which the refresh window bounds; the other datasets' jobs (a
  // backfill still under way on a fresh server) are counted apart.
  const callCounts = async () => {
    const calls: { path: string }[] = await (await fetch(`${upstream.controlUrl}/calls`)).json();
    const tasks = calls.filter((call) => call.path === `${FAKE_API_PREFIX}/classifications/task`);
    return { tasks: tasks.length, others: calls.length - tasks.length };
  };
  const callsBefore = await callCounts();
  const samples = new Map<string, Sample[]>(TARGETS.map((target) => [target.name, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const target of TARGETS) {
      const sample = await measure(`${server.url}${target.path}`);
      samples.get(target.name)?.push(sample);
      console.error(`round ${round}: ${target.name}: ${Math.round(sample.rps)} req/s`);
    }
  }
  const elapsedSeconds = (Date.now() - startedAt) / 1000;
  const callsAfter = await callCounts();
  const calls = callsAfter.tasks - callsBefore.tasks;
  const otherCalls = callsAfter.others - callsBefore.others;
  const windows = Math.ceil(elapsedSeconds / REVALIDATE_SECONDS);

  const throughput = (target: { name: string; path: string }): Throughput => {
    const runs = samples.get(target.name) ?? [];
    return {
      ...target,
      rps: median(runs.map((sample) => sample.rps)),
      p50: median(runs.map((sample) => sample.p50)),
      p99: median(runs.map((sample) => sample.p99)),
    };
  };
  const errors = [...samples.values()].flat().reduce((total, sample) => total + sample.errors, 0);

  const others = TARGETS.filter((target) => target !== STATIC_FILE && target !== OVERVIEW);
  const rows = throughputRows(
    throughput(STATIC_FILE),
    throughput(OVERVIEW),
    others.map(throughput),
  );
  console.log(
    `\nThroughput: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target, medians.\n`,
  );
  console.log(budgetTable(rows));
  console.log(`\n${failures(rows).length} of the figures with a budget miss it.`);
  console.log(`Load errors (non-2xx, timeouts, socket errors) during the run: ${errors}.`);
  // A starved server (a busy machine, a niced process) answers nothing within a round: that
  // is a failed measurement, not a throughput of zero.
  const empty = [...samples.values()].flat().filter((sample) => sample.completed === 0).length;
  if (empty > 0) {
    console.log(`${empty} load rounds completed no request: throughput figures are not valid.`);
  }
  console.log(
    `Upstream task calls during the run: ${calls} in ${elapsedSeconds.toFixed(0)} s (${windows} refresh windows of ${REVALIDATE_SECONDS} s; at most ${windows} allowed); the other datasets' jobs: ${otherCalls}.`,
  );
  return TARGETS.map(throughput);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
