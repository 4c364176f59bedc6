import { readFileSync } from "node:fs";
import path from "node:path";

import { reshapeSnapshot } from "@/lib/openrouter/reshape";
import {
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "@/lib/openrouter/schema";
import type { TaskDay } from "@/lib/model";

export const GOOD_FIXTURE = "upstream-2026-11-21.json";
export const NEXT_DAY_FIXTURE = "upstream-2026-11-22.json";

const FIXTURES_DIR = path.resolve(__dirname, "..", "fixtures");
const SAMPLE_PATH = path.resolve(
  __dirname,
  "..",
  "..",
  "lib",
  "data",
  "sample",
  "sample-response.json",
);

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), "utf8");
}

/** A fresh, untyped copy of an upstream 200 body, to be mutated by a test. */
export function fixtureJson(name: string = GOOD_FIXTURE): unknown {
  return JSON.parse(fixtureText(name));
}

export function sampleJson(): unknown {
  return JSON.parse(readFileSync(SAMPLE_PATH, "utf8"));
}

/** The `data` object of a fixture, validated the way the client validates it. */
export function fixtureData(name: string = GOOD_FIXTURE): RawClassificationsData {
  return rawClassificationsResponseSchema.parse(fixtureJson(name)).data;
}

export function fixtureSnapshot(name: string = GOOD_FIXTURE): TaskDay {
  return reshapeSnapshot(fixtureData(name));
}

export type JsonPath = readonly (string | number)[];

/** Marks a field to be deleted by `withChange`. */
export const REMOVE = Symbol("remove");

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function child(node: unknown, key: string | number): unknown {
  if (Array.isArray(node) && typeof key === "number") return node[key];
  if (isRecord(node) && typeof key === "string") return node[key];
  throw new Error(`no ${String(key)} in ${JSON.stringify(node)?.slice(0, 80)}`);
}

/**
 * A deep copy of `json` with the value at `at` replaced (or deleted with REMOVE). The path must
 * exist, so a typo in a test fails loudly instead of testing nothing.
 */
export function withChange(json: unknown, at: JsonPath, value: unknown): unknown {
  const copy: unknown = structuredClone(json);
  const parentPath = at.slice(0, -1);
  const last = at.at(-1);
  if (last === undefined) throw new Error("empty path");
  const parent = parentPath.reduce<unknown>(child, copy);
  child(parent, last);
  if (Array.isArray(parent) && typeof last === "number") {
    if (value === REMOVE) parent.splice(last, 1);
    else parent[last] = value;
  } else if (isRecord(parent) && typeof last === "string") {
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return copy;
}

/** Reads the value at `at` from a JSON tree (throws when the path does not exist). */
export function valueAt(json: unknown, at: JsonPath): unknown {
  return at.reduce<unknown>(child, json);
}
