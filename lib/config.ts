import "server-only";

// Server configuration, read from the environment once per process.

export type ServerConfig = {
  /** Absent means: serve the bundled sample snapshot and never call upstream. */
  apiKey: string | undefined;
  baseUrl: string;
  revalidateSeconds: number;
  upstreamTimeoutMs: number;
  /** The largest upstream body accepted (UPSTREAM_MAX_BYTES). */
  upstreamMaxBytes: number;
  /** The largest rankings answer accepted (RANKINGS_MAX_BYTES): a bigger range is split. */
  rankingsMaxBytes: number;
  /** The call budget every upstream call takes from (lib/data/refresh/call-budget.ts). */
  callsPerMinute: number;
  callsPerDay: number;
  /** A PostgreSQL server shared by replicas; absent means the embedded database in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
};

const DEFAULT_BASE_URL = "https://openrouter.ai/api/v1";
const DEFAULT_REVALIDATE_SECONDS = 900;
// The provider allows 30 requests/minute per key: one call every 2 s at the most.
const MIN_REVALIDATE_SECONDS = 2;
const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;
// Today's answer is tens of KB; 4 MiB leaves room for years of growth and bounds memory.
const DEFAULT_UPSTREAM_MAX_BYTES = 4 * 1024 * 1024;
// A whole series from 2025-01-01 is about 700 days × 51 rows × ~100 bytes = 3.6 MB, growing by
// about 1.9 MB a year: 16 MiB fetches each series in one call for years yet, and a longer range
// is split into several calls rather than refused.
const DEFAULT_RANKINGS_MAX_BYTES = 16 * 1024 * 1024;
// The provider allows 30 requests a minute per key and 500 a day per account, shared with
// whatever else uses the account: the server keeps to 30 and 300 by default.
const DEFAULT_CALLS_PER_MINUTE = 30;
const DEFAULT_CALLS_PER_DAY = 300;
const DEFAULT_DATA_DIR = "./data";

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    apiKey: env.OPENROUTER_API_KEY?.trim() || undefined,
    baseUrl: env.OPENROUTER_BASE_URL?.trim() || DEFAULT_BASE_URL,
    revalidateSeconds: readInteger(
      env,
      "REVALIDATE_SECONDS",
      DEFAULT_REVALIDATE_SECONDS,
      MIN_REVALIDATE_SECONDS,
    ),
    upstreamTimeoutMs: readInteger(env, "UPSTREAM_TIMEOUT_MS", DEFAULT_UPSTREAM_TIMEOUT_MS, 100),
    upstreamMaxBytes: readInteger(env, "UPSTREAM_MAX_BYTES", DEFAULT_UPSTREAM_MAX_BYTES, 1024),
    rankingsMaxBytes: readInteger(env, "RANKINGS_MAX_BYTES", DEFAULT_RANKINGS_MAX_BYTES, 64 * 1024),
    callsPerMinute: readInteger(env, "UPSTREAM_CALLS_PER_MINUTE", DEFAULT_CALLS_PER_MINUTE, 2),
    callsPerDay: readInteger(env, "UPSTREAM_CALLS_PER_DAY", DEFAULT_CALLS_PER_DAY, 3),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.DATA_DIR?.trim() || DEFAULT_DATA_DIR,
  };
}

export function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= min) return value;
  console.warn(`[task-share] ${name}=${text} is not an integer >= ${min}; using ${fallback}`);
  return fallback;
}
