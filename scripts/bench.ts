// Load benchmark: the production server against the fake upstream, driven with autocannon at 200
// concurrent connections. Each page is measured beside a static file from public/ served by the
// same server, in the same run, in alternating rounds; the medians and their ratio are the
// figures (timings on a shared 2-core machine are noisy). Also counts the upstream calls the
// fake saw against the number of refresh windows the run lasted.
//
// Run with `npm run bench` (builds first). BENCH_SECONDS (default 5) sets each round's length,
// BENCH_ROUNDS (default 3) the number of rounds.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { startFakeUpstream } from "../tests/support/fake-upstream";
import { startNextServer } from "../tests/support/next-server";
import { TEST_API_KEY } from "../tests/support/test-key";

const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REVALIDATE_SECONDS = 10;

const TARGETS = [
  { name: "static file (baseline)", path: "/robots.txt" },
  { name: "overview /", path: "/" },
  { name: "drill-down /tags/code%3Ageneral_impl", path: "/tags/code%3Ageneral_impl" },
  { name: "GET /api/classifications", path: "/api/classifications" },
];

type Sample = { rps: number; p50: number; p99: number; errors: number };

async function measure(url: string): Promise<Sample> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main() {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  const dataDir = mkdtempSync(path.join(tmpdir(), "task-share-bench-"));
  const server = await startNextServer("bench", {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: dataDir,
    REVALIDATE_SECONDS: String(REVALIDATE_SECONDS),
  });
  try {
    for (const target of TARGETS) await fetch(`${server.url}${target.path}`);
    const startedAt = Date.now();
    const callsBefore = (await (await fetch(`${upstream.controlUrl}/calls`)).json()).length;

    const samples = new Map<string, Sample[]>(TARGETS.map((target) => [target.name, []]));
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const target of TARGETS) {
        const sample = await measure(`${server.url}${target.path}`);
        samples.get(target.name)?.push(sample);
        console.error(`round ${round}: ${target.name}: ${Math.round(sample.rps)} req/s`);
      }
    }

    const elapsedSeconds = (Date.now() - startedAt) / 1000;
    const calls = (await (await fetch(`${upstream.controlUrl}/calls`)).json()).length - callsBefore;
    const windows = Math.ceil(elapsedSeconds / REVALIDATE_SECONDS);

    const baseline = median(
      (samples.get(TARGETS[0]?.name ?? "") ?? []).map((sample) => sample.rps),
    );
    console.log(
      `\n${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target, medians:\n`,
    );
    console.log("| target | requests/s | × static file | p50 ms | p99 ms | errors |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const target of TARGETS) {
      const runs = samples.get(target.name) ?? [];
      const rps = median(runs.map((sample) => sample.rps));
      const errors = runs.reduce((total, sample) => total + sample.errors, 0);
      console.log(
        `| ${target.name} | ${Math.round(rps)} | ${(rps / baseline).toFixed(2)} | ${median(runs.map((sample) => sample.p50))} | ${median(runs.map((sample) => sample.p99))} | ${errors} |`,
      );
    }
    console.log(
      `\nUpstream calls during the run: ${calls} in ${elapsedSeconds.toFixed(0)} s (${windows} refresh windows of ${REVALIDATE_SECONDS} s; at most ${windows} allowed).`,
    );
  } finally {
    await server.stop();
    await upstream.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
