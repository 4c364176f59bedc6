import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";

import { readServerConfig } from "@/lib/config";

const DEFAULTS = {
  apiKey: undefined,
  baseUrl: "https://openrouter.ai/api/v1",
  revalidateSeconds: 900,
  upstreamTimeoutMs: 10_000,
  upstreamMaxBytes: 4 * 1024 * 1024,
  rankingsMaxBytes: 16 * 1024 * 1024,
  callsPerMinute: 30,
  callsPerDay: 300,
  databaseUrl: undefined,
  dataDir: "./data",
};

// Next's types make NODE_ENV required; the config ignores it.
function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { NODE_ENV: "test", ...vars };
}

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
});

describe("readServerConfig", () => {
  it("uses the defaults for an empty environment", () => {
    expect(readServerConfig(env({}))).toEqual(DEFAULTS);
    expect(warn).not.toHaveBeenCalled();
  });

  it("reads every variable", () => {
    expect(
      readServerConfig(
        env({
          OPENROUTER_API_KEY: "sk-or-v1-abc",
          OPENROUTER_BASE_URL: "http://127.0.0.1:4010/api/v1",
          REVALIDATE_SECONDS: "60",
          UPSTREAM_TIMEOUT_MS: "2500",
          RANKINGS_MAX_BYTES: "1048576",
          UPSTREAM_CALLS_PER_MINUTE: "20",
          UPSTREAM_CALLS_PER_DAY: "450",
          DATABASE_URL: "postgres://task_share@db.internal:5432/task_share",
          DATA_DIR: "/var/lib/task-share",
        }),
      ),
    ).toEqual({
      apiKey: "sk-or-v1-abc",
      baseUrl: "http://127.0.0.1:4010/api/v1",
      revalidateSeconds: 60,
      upstreamTimeoutMs: 2_500,
      upstreamMaxBytes: 4 * 1024 * 1024,
      rankingsMaxBytes: 1_048_576,
      callsPerMinute: 20,
      callsPerDay: 450,
      databaseUrl: "postgres://task_share@db.internal:5432/task_share",
      dataDir: "/var/lib/task-share",
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it("trims the key", () => {
    expect(readServerConfig(env({ OPENROUTER_API_KEY: "  sk-or-v1-abc\n" })).apiKey).toBe(
      "sk-or-v1-abc",
    );
  });

  it.each(["", "   ", "\t\n"])("treats the key %j as absent", (key) => {
    expect(readServerConfig(env({ OPENROUTER_API_KEY: key })).apiKey).toBeUndefined();
  });

  it("trims the base URL and falls back to the default when it is blank", () => {
    expect(readServerConfig(env({ OPENROUTER_BASE_URL: " http://localhost:9/v1 " })).baseUrl).toBe(
      "http://localhost:9/v1",
    );
    expect(readServerConfig(env({ OPENROUTER_BASE_URL: "  " })).baseUrl).toBe(
      "https://openrouter.ai/api/v1",
    );
  });

  it.each([
    ["2", 2],
    ["900", 900],
    [" 30 ", 30],
    ["86400", 86_400],
  ])("accepts REVALIDATE_SECONDS=%j", (text, seconds) => {
    expect(readServerConfig(env({ REVALIDATE_SECONDS: text })).revalidateSeconds).toBe(seconds);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(["1", "0", "-5", "2.5", "abc", "15m", "Infinity", "NaN"])(
    "falls back to 900 and warns for REVALIDATE_SECONDS=%s",
    (text) => {
      expect(readServerConfig(env({ REVALIDATE_SECONDS: text })).revalidateSeconds).toBe(900);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(
        `[task-share] REVALIDATE_SECONDS=${text} is not an integer >= 2; using 900`,
      );
    },
  );

  it("treats a blank REVALIDATE_SECONDS as unset, without a warning", () => {
    expect(readServerConfig(env({ REVALIDATE_SECONDS: "  " })).revalidateSeconds).toBe(900);
    expect(warn).not.toHaveBeenCalled();
  });

  it("falls back to 10000 and warns for UPSTREAM_TIMEOUT_MS below 100", () => {
    expect(readServerConfig(env({ UPSTREAM_TIMEOUT_MS: "99" })).upstreamTimeoutMs).toBe(10_000);
    expect(warn).toHaveBeenCalledWith(
      "[task-share] UPSTREAM_TIMEOUT_MS=99 is not an integer >= 100; using 10000",
    );
    expect(readServerConfig(env({ UPSTREAM_TIMEOUT_MS: "100" })).upstreamTimeoutMs).toBe(100);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("trims DATABASE_URL and treats a blank one as absent (the embedded database)", () => {
    expect(
      readServerConfig(env({ DATABASE_URL: " postgres://u:p@127.0.0.1:5432/ts\n" })).databaseUrl,
    ).toBe("postgres://u:p@127.0.0.1:5432/ts");
    expect(readServerConfig(env({ DATABASE_URL: "" })).databaseUrl).toBeUndefined();
    expect(readServerConfig(env({ DATABASE_URL: " \t " })).databaseUrl).toBeUndefined();
  });

  it("trims DATA_DIR and falls back to ./data when it is blank", () => {
    expect(readServerConfig(env({ DATA_DIR: "  /srv/task-share/data " })).dataDir).toBe(
      "/srv/task-share/data",
    );
    expect(readServerConfig(env({ DATA_DIR: "relative/dir" })).dataDir).toBe("relative/dir");
    expect(readServerConfig(env({ DATA_DIR: "   " })).dataDir).toBe("./data");
  });

  it("reads DATABASE_URL and DATA_DIR together without a warning", () => {
    expect(
      readServerConfig(env({ DATABASE_URL: "postgres://127.0.0.1/ts", DATA_DIR: "/data" })),
    ).toEqual({ ...DEFAULTS, databaseUrl: "postgres://127.0.0.1/ts", dataDir: "/data" });
    expect(warn).not.toHaveBeenCalled();
  });

  it("never puts the key in a warning", () => {
    readServerConfig(
      env({
        OPENROUTER_API_KEY: "sk-or-v1-secret",
        REVALIDATE_SECONDS: "x",
        UPSTREAM_TIMEOUT_MS: "y",
      }),
    );
    expect(warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(warn.mock.calls)).not.toContain("sk-or-v1-secret");
  });
});
