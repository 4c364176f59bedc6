import { readFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { z } from "zod";

import { RANKINGS_CATEGORIES } from "../../lib/model";
import { readFixture } from "../support/fake-upstream";
import { parseStrictCsv } from "../support/rfc4180";
import { history, live } from "./servers";

// Data access for notebooks: the OpenAPI description checked against live answers, the
// full-history downloads, conditional requests through the real server (front door and all),
// and the "Use this data" snippets' URLs.

test.describe.configure({ timeout: 90_000 });

const HISTORY_DAYS = ["2026-11-14", "2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"];
const citation = (asOf: string) => `Source: OpenRouter (openrouter.ai/rankings), as of ${asOf}.`;

type Json = Record<string, unknown>;

const fixtureDay = z.object({
  data: z.object({
    classifications: z.array(z.object({ tag: z.string(), usage_share: z.number() })),
  }),
});

/** Code Generation's usage share in the file imported for `day`. */
function codeShareIn(day: string): number {
  const name = day === "2026-11-21" ? "upstream-2026-11-21.json" : `history/upstream-${day}.json`;
  const text = readFileSync(path.join(__dirname, "..", "fixtures", name), "utf8");
  const item = fixtureDay
    .parse(JSON.parse(text))
    .data.classifications.find((candidate) => candidate.tag === "code:general_impl");
  if (!item) throw new Error(`${name} does not list code:general_impl`);
  return item.usage_share;
}
const jsonSchema = z.record(z.string(), z.unknown());
const mediaSchema = z.object({ schema: jsonSchema, "x-row-schema": jsonSchema.optional() });
const responseSchema = z.object({
  content: z.record(z.string(), mediaSchema).optional(),
  headers: z.record(z.string(), z.unknown()).optional(),
});
const operationSchema = z.object({
  operationId: z.string(),
  parameters: z.array(
    z.object({
      name: z.string(),
      in: z.enum(["query", "path"]),
      required: z.boolean(),
      schema: jsonSchema,
      example: z.string().optional(),
    }),
  ),
  responses: z.record(z.string(), responseSchema),
});
const documentSchema = z.object({
  openapi: z.literal("3.1.0"),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  paths: z.record(z.string(), z.object({ get: operationSchema })),
  components: z.object({ schemas: z.record(z.string(), jsonSchema) }),
});
type Operation = z.infer<typeof operationSchema>;
type Document = z.infer<typeof documentSchema>;

async function description(base: string): Promise<Document> {
  const response = await fetch(`${base}/api/openapi.json`);
  expect(response.status).toBe(200);
  return documentSchema.parse(await response.json());
}

/** The schema with the description's `#/components/schemas/…` references put in place. */
function resolved(schema: unknown, document: Document): unknown {
  if (Array.isArray(schema)) return schema.map((item) => resolved(item, document));
  if (typeof schema !== "object" || schema === null) return schema;
  const ref = "$ref" in schema && typeof schema.$ref === "string" ? schema.$ref : undefined;
  if (ref?.startsWith("#/components/schemas/")) {
    return resolved(
      document.components.schemas[ref.slice("#/components/schemas/".length)],
      document,
    );
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, resolved(value, document)]),
  );
}

function validator(schema: unknown, document: Document): z.ZodType {
  return z.fromJSONSchema(jsonSchema.parse(resolved(schema, document)));
}

/** A CSV answer's rows as typed values, each checked against the documented row schema. */
function checkCsv(text: string, rowSchema: Json, document: Document): Json[] {
  const { header, records } = parseStrictCsv(text);
  const properties = z
    .object({
      properties: z.record(
        z.string(),
        z.object({ type: z.union([z.string(), z.array(z.string())]) }).loose(),
      ),
    })
    .parse(rowSchema).properties;
  expect(header).toEqual(Object.keys(properties));
  const check = validator(rowSchema, document);
  return records.map((record) => {
    const row = Object.fromEntries(
      header.map((name, index) => {
        const raw = record[index] ?? "";
        // A nullable field's type is a list ("string", "null"): an empty cell is its null.
        const types = [properties[name]?.type ?? []].flat();
        if (raw === "" && types.includes("null")) return [name, null];
        if (types.includes("number") || types.includes("integer")) return [name, Number(raw)];
        return [name, types.includes("boolean") ? raw === "true" : raw];
      }),
    );
    check.parse(row);
    return row;
  });
}

function withParam(url: string, param: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}${param}`;
}

/** The URLs to try for an operation: its example values, each format, latest and pinned. */
function requestsFor(
  path: string,
  operation: Operation,
  pathValues: Record<string, string>,
  asOf: string,
) {
  let base = path;
  for (const param of operation.parameters.filter((item) => item.in === "path")) {
    const value = pathValues[param.name];
    if (value === undefined) throw new Error(`no example for {${param.name}}`);
    base = base.replace(`{${param.name}}`, value);
  }
  const query = operation.parameters.filter((param) => param.in === "query");
  const required = Object.fromEntries(
    query.filter((param) => param.required).map((param) => [param.name, param.example ?? ""]),
  );
  const takes = (name: string) => query.some((param) => param.name === name);
  const formats = takes("format") ? ["json", "csv"] : [undefined];
  const days = takes("as_of") ? [undefined, asOf] : [undefined];
  return formats.flatMap((format) =>
    days.map((day) => {
      const params = new URLSearchParams(required);
      if (day) params.set("as_of", day);
      if (format) params.set("format", format);
      const search = params.toString();
      return { url: search ? `${base}?${search}` : base, format };
    }),
  );
}

/** The app rankings' first window, stored once the rankings' backfill is done (they come first). */
async function appsStored(url: string) {
  await expect
    .poll(async () => (await fetch(`${url}/api/apps`)).status, { timeout: 120_000 })
    .toBe(200);
}

for (const [name, server] of [
  ["live", live],
  ["history", history],
] as const) {
  test(`every documented answer of the ${name} server matches its description`, async () => {
    test.setTimeout(180_000);
    const base = server.url;
    await appsStored(base);
    const document = await description(base);
    const models = z
      .object({ as_of: z.string(), models: z.array(z.object({ id: z.string() })).min(1) })
      .parse(await (await fetch(`${base}/api/models`)).json());
    // A model id is "{provider}/{model}", served with its slash as the description says.
    const [id = ""] = models.models.map((model) => model.id);
    const pathValues = {
      provider: id.slice(0, id.indexOf("/")),
      model: id.slice(id.indexOf("/") + 1),
      tag: encodeURIComponent("code:general_impl"),
    };
    let checked = 0;
    for (const [path, { get: operation }] of Object.entries(document.paths)) {
      const ok = operation.responses["200"]?.content ?? {};
      for (const { url, format } of requestsFor(path, operation, pathValues, models.as_of)) {
        const response = await fetch(`${base}${url}`);
        expect(response.status, url).toBe(200);
        const type = response.headers.get("content-type") ?? "";
        const media = Object.entries(ok).find(([mediaType]) => type.startsWith(mediaType));
        expect(media, `${url} answered ${type}`).toBeDefined();
        if (!media) continue;
        const [mediaType, { schema, "x-row-schema": rowSchema }] = media;
        if (format === "csv") expect(mediaType).toBe("text/csv");
        const body = await response.text();
        if (mediaType === "application/json") validator(schema, document).parse(JSON.parse(body));
        else if (mediaType === "text/csv" && rowSchema) {
          expect(checkCsv(body, rowSchema, document).length, url).toBeGreaterThan(0);
        } else expect(body.startsWith("<?xml")).toBe(true);
        if (operation.responses["304"]) {
          expect(response.headers.get("etag"), url).toMatch(/^W\/".+"$/);
          expect(response.headers.get("last-modified"), url).not.toBeNull();
        }
        checked += 1;
      }

      // The refusals are documented too: an unknown parameter, and a day not stored.
      const [plain] = requestsFor(path, operation, pathValues, models.as_of);
      const refused = await fetch(`${base}${withParam(plain?.url ?? path, "nope=1")}`);
      expect(refused.status).toBe(400);
      validator(operation.responses["400"]?.content?.["application/json"]?.schema, document).parse(
        await refused.json(),
      );
      if (operation.parameters.some((param) => param.name === "as_of")) {
        const [first] = requestsFor(path, operation, pathValues, "2000-01-01").filter((item) =>
          item.url.includes("as_of="),
        );
        const missing = await fetch(`${base}${first?.url}`);
        expect(missing.status).toBe(404);
        const schema = operation.responses["404"]?.content?.["application/json"]?.schema;
        const body = validator(schema, document).parse(await missing.json());
        expect(JSON.stringify(body)).toContain("nearest_dates");
      }
    }
    // Every route, in each of its formats, latest and pinned.
    expect(checked).toBeGreaterThanOrEqual(20);
  });
}

test("the description states the citation rule, the refresh rate and the licence", async () => {
  const document = await description(live.url);
  expect(document.info.description).toContain(citation("{as_of}"));
  expect(document.info.description).toContain("at most once every 900 s");
  const response = await fetch(`${live.url}/api/openapi.json`);
  expect(await response.json()).toMatchObject({
    info: { license: { identifier: "CC-BY-4.0" } },
    servers: [{ url: live.url }],
  });
});

test("the full-history CSV of a five-day store has a row per day and task, cited by day, in strict RFC 4180", async () => {
  const response = await fetch(`${history.url}/api/history/all?format=csv`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
  expect(response.headers.get("content-disposition")).toBe(
    'attachment; filename="task-share-tasks-history-to-2026-11-21.csv"',
  );
  const { header, records } = parseStrictCsv(await response.text());
  const tasks = JSON.parse(readFixture("upstream-2026-11-21.json")).data.classifications.length;
  expect(tasks).toBe(10);
  expect(records).toHaveLength(5 * tasks);
  const at = (field: string) => header.indexOf(field);
  expect([...new Set(records.map((record) => record[at("as_of")]))]).toEqual(HISTORY_DAYS);
  for (const record of records) {
    expect(record[at("citation")]).toBe(citation(record[at("as_of")] ?? ""));
  }
  // The stored values to the last digit: Code Generation on each day, from the imported files.
  const code = records.filter((record) => record[at("tag")] === "code:general_impl");
  expect(code.map((record) => [record[at("as_of")], record[at("usage_share")]])).toEqual(
    HISTORY_DAYS.map((day) => [day, String(codeShareIn(day))]),
  );

  // JSON: the same rows; up to a day: only the days up to it.
  const json = z
    .object({ as_of: z.string(), rows: z.array(z.object({ as_of: z.string() }).loose()) })
    .parse(await (await fetch(`${history.url}/api/history/all`)).json());
  expect(json.rows).toHaveLength(5 * tasks);
  expect(json.as_of).toBe("2026-11-21");
  const upTo = parseStrictCsv(
    await (await fetch(`${history.url}/api/history/all?format=csv&as_of=2026-11-16`)).text(),
  );
  expect(upTo.records).toHaveLength(3 * tasks);
  const models = parseStrictCsv(
    await (await fetch(`${history.url}/api/history/models?format=csv`)).text(),
  );
  expect([...new Set(models.records.map((record) => record[0]))]).toEqual(HISTORY_DAYS);
});

/** A 200 with this Cache-Control, and its validators. */
function expectCached(response: Response, cacheControl: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe(cacheControl);
  return {
    etag: response.headers.get("etag") ?? "",
    lastModified: response.headers.get("last-modified") ?? "",
  };
}

test("a conditional request for an unchanged answer is a 304, through the real server", async () => {
  // A pinned day: kept by shared caches for good.
  const pinned = `${history.url}/api/classifications?as_of=2026-11-18`;
  const first = await fetch(pinned);
  const { etag, lastModified } = expectCached(first, "public, max-age=31536000, immutable");
  const again = await fetch(pinned, { headers: { "If-None-Match": etag } });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe("");
  expect(again.headers.get("etag")).toBe(etag);
  expect(again.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  // The front door's security headers stay on a 304.
  expect(again.headers.get("x-content-type-options")).toBe("nosniff");
  expect((await fetch(pinned, { headers: { "If-Modified-Since": lastModified } })).status).toBe(
    304,
  );
  expect((await fetch(pinned, { headers: { "If-None-Match": 'W/"stale"' } })).status).toBe(200);

  // Another day is another answer.
  const other = await fetch(`${history.url}/api/classifications?as_of=2026-11-16`, {
    headers: { "If-None-Match": etag },
  });
  expect(other.status).toBe(200);

  // Latest answers, ranges, feeds and the description: one refresh window (900 s here).
  for (const path of [
    "/api/classifications",
    "/api/models?format=csv",
    "/api/history?tag=code%3Ageneral_impl",
    "/api/history/all?format=csv",
    "/feed.xml",
    "/datapackage.json",
    "/api/openapi.json",
  ]) {
    const response = await fetch(`${history.url}${path}`);
    const validators = expectCached(response, "public, max-age=900, stale-while-revalidate=900");
    await response.arrayBuffer();
    const conditional = await fetch(`${history.url}${path}`, {
      headers: { "If-None-Match": validators.etag },
    });
    expect(conditional.status, path).toBe(304);
  }

  // Errors and the operator's status are never cached.
  const status = await fetch(`${history.url}/api/status`);
  expect(status.headers.get("cache-control")).toBe("no-store");
  expect(status.headers.get("etag")).toBeNull();
  const missing = await fetch(`${history.url}/api/classifications?as_of=2026-11-17`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get("cache-control")).toBe("no-store");
});

test("/datapackage.json describes files that exist, with their fields, licence and citation", async () => {
  test.setTimeout(240_000);
  // The long-run rankings files answer once the server has fetched them (it starts at boot).
  await expect
    .poll(async () => (await (await fetch(`${history.url}/api/status`)).json()).rankings?.state, {
      timeout: 60_000,
    })
    .toBe("ready");
  // So do the session costs (one walk of their pages at boot).
  await expect
    .poll(async () => (await fetch(`${history.url}/api/session-cost`)).status, { timeout: 60_000 })
    .toBe(200);
  await appsStored(history.url);
  const pkg = z
    .object({
      licenses: z.array(z.object({ name: z.string(), path: z.string() }).loose()),
      citation: z.string(),
      resources: z.array(
        z
          .object({
            name: z.string(),
            path: z.string(),
            schema: z.object({
              fields: z.array(z.object({ name: z.string(), type: z.string() }).loose()),
            }),
          })
          .loose(),
      ),
    })
    .parse(await (await fetch(`${history.url}/datapackage.json`)).json());
  expect(pkg.licenses[0]).toMatchObject({
    name: "CC-BY-4.0",
    path: "https://creativecommons.org/licenses/by/4.0/",
  });
  expect(pkg.citation).toBe(citation("2026-11-21"));
  expect(pkg.resources.map((resource) => resource.name)).toEqual([
    "tasks",
    "task-models",
    "models",
    "macro-categories",
    "rankings-day",
    "rankings-week",
    "rankings-month",
    ...RANKINGS_CATEGORIES.map((category) => `rankings-week-${category.replace("/", "-")}`),
    "session-cost",
    "apps",
  ]);
  // Every series is stored within a minute or two of the start: the app windows share the
  // budget's minute with the rankings' backfill.
  await expect
    .poll(
      async () =>
        (await Promise.all(pkg.resources.map((resource) => fetch(resource.path)))).filter(
          (response) => response.status !== 200,
        ).length,
      { timeout: 120_000, intervals: [2000] },
    )
    .toBe(0);
  for (const resource of pkg.resources) {
    const response = await fetch(resource.path);
    expect(response.status, resource.path).toBe(200);
    const { header, records } = parseStrictCsv(await response.text());
    expect(header).toEqual(resource.schema.fields.map((field) => field.name));
    expect(records.length, resource.path).toBeGreaterThan(0);
    // An integer field holds integers only: digits, never an exponent or a decimal point.
    resource.schema.fields.forEach((field, column) => {
      if (field.type !== "integer") return;
      const other = records
        .map((record) => record[column])
        .filter((cell) => !/^\d+$/.test(cell ?? ""));
      expect(other, `${resource.path} ${field.name}`).toEqual([]);
    });
  }
});

test("each chart's 'Use this data' names a data URL that loads exactly its rows", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${live.url}/?macro=code`);
  const panel = page.getByTestId("use-this-data").first();
  const urls = await page.getByTestId("data-url").allTextContents();
  expect(urls.length).toBeGreaterThanOrEqual(3);
  for (const url of urls) {
    expect(url.startsWith(`${live.url}/api/`)).toBe(true);
    expect(url).toContain("as_of=2026-11-21");
    expect((await fetch(url)).status, url).toBe(200);
  }

  // The task bars: the day's tasks as CSV, filtered to the view's macro-category.
  const bars = page
    .locator("section", { has: page.locator("#tags-title") })
    .getByTestId("use-this-data");
  await bars.locator("summary").click();
  const dataUrl = await bars.getByTestId("data-url").textContent();
  expect(dataUrl).toBe(`${live.url}/api/classifications?as_of=2026-11-21&format=csv`);
  await expect(bars.locator('pre[data-language="python"]')).toHaveText(
    // as_of is read as a date (issue 30).
    `import pandas as pd\n\ndf = pd.read_csv("${dataUrl}", parse_dates=["as_of"])\ndf = df[df["macro_category"] == "code"]`,
  );
  await expect(bars.locator('pre[data-language="r"]')).toContainText(
    `read.csv("${dataUrl}")\ndf[["as_of"]] <- as.Date(df[["as_of"]])`,
  );
  const { header, records } = parseStrictCsv(await (await fetch(dataUrl ?? "")).text());
  const onScreen = await page.locator("#tag-table tr[data-tag]").count();
  expect(
    records.filter((record) => record[header.indexOf("macro_category")] === "code"),
  ).toHaveLength(onScreen);
  // Open, the panel passes axe like the rest of the page.
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="use-this-data"][open]')
    .analyze();
  expect(axe.violations).toEqual([]);
  await bars.getByRole("button", { name: "Copy the data URL" }).click();
  await expect(bars.getByRole("status").first()).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(dataUrl);
  await bars.getByRole("button", { name: "Copy the R snippet" }).click();
  await expect(bars.getByRole("status").nth(2)).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await bars.locator('pre[data-language="r"]').textContent(),
  );
  await expect(panel).toBeVisible();

  // A task's top models: its rows of every task's models that day, in the list's order.
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  const modelsUrl = await page
    .locator("section", { has: page.locator("#models-title") })
    .getByTestId("data-url")
    .textContent();
  expect(modelsUrl).toBe(`${live.url}/api/history/task-models?as_of=2026-11-21&format=csv`);
  const taskModels = parseStrictCsv(await (await fetch(modelsUrl ?? "")).text());
  const column = (name: string) => taskModels.header.indexOf(name);
  const listed = z
    .object({
      data: z.object({
        classifications: z.array(
          z.object({ tag: z.string(), models: z.array(z.object({ id: z.string() })) }),
        ),
      }),
    })
    .parse(JSON.parse(readFixture("upstream-2026-11-21.json")))
    .data.classifications.find((item) => item.tag === "code:general_impl")?.models;
  expect(
    taskModels.records
      .filter(
        (record) =>
          record[column("as_of")] === "2026-11-21" && record[column("tag")] === "code:general_impl",
      )
      .map((record) => record[column("model")]),
  ).toEqual(listed?.map((model) => model.id));

  // A drill-down, a model and the models index: each snippet's URL answers.
  for (const path of [
    "/tags/code%3Ageneral_impl",
    "/models?provider=openai",
    "/models/anthropic/claude-opus-5.5-20260921",
  ]) {
    await page.goto(`${live.url}${path}`);
    for (const url of await page.getByTestId("data-url").allTextContents()) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(url).toContain("as_of=2026-11-21");
    }
  }
});

test("'Use this data' opens and reads without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${live.url}/models`);
  const panel = page.getByTestId("use-this-data");
  await panel.locator("summary").click();
  await expect(panel.getByTestId("data-url")).toBeVisible();
  await expect(panel.locator('pre[data-language="shell"]')).toHaveText(
    `curl -fsSL '${live.url}/api/models?as_of=2026-11-21&format=csv' -o 'task-share-models-by-usage-2026-11-21.csv'`,
  );
  await context.close();
});

test("/api documents every route on the server, with no outside script or font", async ({
  page,
}) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(live.url)) outside.push(request.url());
  });
  test.setTimeout(180_000);
  await appsStored(live.url);
  await page.goto(`${live.url}/api`);
  await expect(page.getByRole("heading", { level: 1, name: "Data API" })).toBeVisible();
  const document = await description(live.url);
  for (const path of Object.keys(document.paths)) {
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: new RegExp(`^GET ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `),
      }),
    ).toBeVisible();
  }
  await expect(page.getByText(citation("{as_of}"), { exact: false })).toBeVisible();
  await expect(page.locator('pre[data-language="python"]').first()).toHaveText(
    `import pandas as pd\n\ndf = pd.read_csv("${live.url}/api/history/all?format=csv", parse_dates=["as_of"])`,
  );
  expect(outside).toEqual([]);
  // Every "Try it" link answers.
  const tries = await page.locator("p", { hasText: "Try it:" }).locator("a").all();
  expect(tries.length).toBe(Object.keys(document.paths).length);
  for (const link of tries) {
    const href = await link.getAttribute("href");
    expect((await fetch(`${live.url}${href}`)).status, href ?? "").toBe(200);
  }
});
