import { readdirSync } from "node:fs";
import path from "node:path";

import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { toClassifications } from "@/lib/data/service";
import { createCatalogue } from "@/lib/derive/catalogue";
import { toCatalogueEntry, validCatalogueModels } from "@/lib/openrouter/catalogue-schema";
import { DATASETS, fieldsOf, MODELS, TASKS } from "@/lib/export/datasets";
import { rowStream } from "@/lib/export/row-stream";
import { dataPath, snippetsFor } from "@/lib/export/snippets";
import { RANKINGS_CATEGORIES } from "@/lib/model";
import { API_ROUTES } from "@/lib/http/api-schemas";
import { queryProblem } from "@/lib/http/api-schemas/api-route";
import { CLASSIFICATIONS_ROUTE } from "@/lib/http/api-schemas/classifications";
import { HISTORY_ROUTE } from "@/lib/http/api-schemas/history";
import { cacheControl, conditionalAnswer, entityTag } from "@/lib/http/conditional";
import { dataPackage } from "@/lib/http/datapackage";
import { openApiDocument } from "@/lib/http/openapi";

import { readCatalogueModels } from "../support/fake-catalogue";
import { fixtureData, NEXT_DAY_FIXTURE } from "./fixture-helpers";

const CATALOGUE = createCatalogue(
  validCatalogueModels(readCatalogueModels()).models.map(toCatalogueEntry),
  "live",
  "2026-11-24T02:00:00.000Z",
);

const DAYS = [fixtureData(), fixtureData(NEXT_DAY_FIXTURE)].map((data) =>
  toClassifications(data, "live", new Date("2026-11-22T06:00:00Z")),
);

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("rowStream", () => {
  const fields = ["as_of", "name", "share"];
  const pages = [
    [{ as_of: "2026-11-21", name: "=HYPERLINK(1)", share: 0.5 }],
    [],
    [
      { as_of: "2026-11-22", name: 'say "hi", then\nleave', share: 0.25 },
      { as_of: "2026-11-22", name: "plain", share: null },
    ],
  ];

  it("writes CSV through the one writer: a header, CRLF rows, formulas defused", async () => {
    const csv = await text(rowStream({ format: "csv", fields, pages, head: {} }));
    expect(csv).toBe(
      'as_of,name,share\r\n2026-11-21,"\'=HYPERLINK(1)",0.5\r\n2026-11-22,"say ""hi"", then\nleave",0.25\r\n2026-11-22,plain,\r\n',
    );
  });

  it("writes one JSON document: the head, then the rows in field order", async () => {
    const json = await text(
      rowStream({ format: "json", fields, pages, head: { dataset: "test", as_of: "2026-11-22" } }),
    );
    expect(JSON.parse(json)).toEqual({
      dataset: "test",
      as_of: "2026-11-22",
      rows: pages.flat().map((row) => ({ as_of: row.as_of, name: row.name, share: row.share })),
    });
    expect(
      JSON.parse(await text(rowStream({ format: "json", fields, pages: [], head: {} }))),
    ).toEqual({ rows: [] });
  });

  it("makes a page only when the reader asks for more", async () => {
    const made: number[] = [];
    function* lazyPages() {
      for (const index of [0, 1, 2]) {
        made.push(index);
        yield [{ as_of: `2026-11-2${index}`, name: "x", share: index }];
      }
    }
    const reader = rowStream({ format: "csv", fields, pages: lazyPages(), head: {} }).getReader();
    await reader.read(); // the header
    expect(made).toEqual([]);
    await reader.read();
    expect(made).toEqual([0]);
    await reader.cancel();
    expect(made).toEqual([0]);
  });
});

describe("datasets", () => {
  it("give one row per task (or model) of a day, each valid by its row schema and cited", () => {
    const [day] = DAYS;
    if (!day) throw new Error("no fixture day");
    const tasks = TASKS.rowsOf(day, CATALOGUE);
    expect(tasks).toHaveLength(day.data.classifications.length);
    expect(tasks.find((row) => row.tag === "code:general_impl")).toEqual({
      as_of: "2026-11-21",
      tag: "code:general_impl",
      display_name: "Code Generation",
      macro_category: "code",
      usage_share: 0.1842,
      token_share: 0.2611,
      category_usage_share: 0.412,
      category_token_share: 0.4397,
      window_days: 7,
      citation: "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
    });
    for (const dataset of DATASETS) {
      const rows = dataset.rowsOf(day, CATALOGUE);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(dataset.row.parse(row)).toEqual(row);
      expect(Object.keys(rows[0] ?? {})).toEqual(fieldsOf(dataset));
    }
    const models = MODELS.rowsOf(day, CATALOGUE);
    expect(models).toHaveLength(day.usage.models.length);
    // The catalogue's name and weights, as the JSON and the page's files carry them; nothing
    // where it does not list the model.
    expect(models.find((row) => row.model === "openai/gpt-6-astra-20260903")).toMatchObject({
      name: "OpenAI: GPT-6 Astra",
      open_weights: false,
    });
    const unlisted = models.find((row) => !CATALOGUE.bySlug.has(row.model));
    expect(unlisted).toMatchObject({ name: null, open_weights: null });
  });
});

describe("conditional answers", () => {
  const freshness = {
    version: "2026-11-21|2026-11-21T06:00:00.000Z|live",
    lastModified: new Date("2026-11-21T06:00:00.500Z"),
    pinned: false,
  };
  const ok = () => Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  const ask = (headers: Record<string, string>) =>
    conditionalAnswer(new Request("http://x.test/api/classifications", { headers }), freshness, ok);

  it("answers 200 with the validators and the refresh window's lifetime", async () => {
    const response = await ask({});
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(entityTag(freshness.version));
    expect(response.headers.get("ETag")).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers.get("Last-Modified")).toBe("Sat, 21 Nov 2026 06:00:00 GMT");
    expect(response.headers.get("Cache-Control")).toBe(
      "public, max-age=900, stale-while-revalidate=900",
    );
    expect(cacheControl(true)).toBe("public, max-age=31536000, immutable");
  });

  it("answers 304 to a matching If-None-Match (weak, listed or *), else to If-Modified-Since", async () => {
    const tag = entityTag(freshness.version);
    for (const header of [tag, tag.slice(2), `W/"other", ${tag}`, "*"]) {
      const response = await ask({ "If-None-Match": header });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("ETag")).toBe(tag);
    }
    expect((await ask({ "If-None-Match": 'W/"other"' })).status).toBe(200);
    // If-None-Match wins over a date that alone would match.
    const both = {
      "If-None-Match": 'W/"other"',
      "If-Modified-Since": "Sat, 21 Nov 2026 06:00:00 GMT",
    };
    expect((await ask(both)).status).toBe(200);
    expect((await ask({ "If-Modified-Since": "Sat, 21 Nov 2026 06:00:00 GMT" })).status).toBe(304);
    expect((await ask({ "If-Modified-Since": "Sat, 21 Nov 2026 05:59:59 GMT" })).status).toBe(200);
    expect((await ask({ "If-Modified-Since": "yesterday" })).status).toBe(200);
  });

  it("ignores an If-Modified-Since in the future, and never sends a future Last-Modified", async () => {
    const future = new Date(Date.now() + 86_400_000).toUTCString();
    expect((await ask({ "If-Modified-Since": future })).status).toBe(200);
    const ahead = { ...freshness, lastModified: new Date("2099-01-01T00:00:00Z") };
    const before = Date.now();
    const response = await conditionalAnswer(new Request("http://x.test/"), ahead, ok);
    const sent = Date.parse(response.headers.get("Last-Modified") ?? "");
    expect(sent).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(sent).toBeLessThanOrEqual(Date.now());
  });

  it("answers 412 when If-Match names another answer or If-Unmodified-Since is older", async () => {
    const failed = await ask({ "If-Match": 'W/"other"' });
    expect(failed.status).toBe(412);
    expect(await failed.json()).toEqual({
      error: {
        code: 412,
        message: "The precondition (If-Match or If-Unmodified-Since) does not hold.",
      },
    });
    // Our tags are weak, and If-Match compares strongly: only * matches.
    expect((await ask({ "If-Match": entityTag(freshness.version) })).status).toBe(412);
    expect((await ask({ "If-Match": "*" })).status).toBe(200);
    expect((await ask({ "If-Unmodified-Since": "Sat, 21 Nov 2026 05:59:59 GMT" })).status).toBe(
      412,
    );
    expect((await ask({ "If-Unmodified-Since": "Sat, 21 Nov 2026 06:00:00 GMT" })).status).toBe(
      200,
    );
  });

  it("passes a refusal on untouched", async () => {
    const refusal = await conditionalAnswer(new Request("http://x.test/"), freshness, () =>
      Response.json({}, { status: 404, headers: { "Cache-Control": "no-store" } }),
    );
    expect(refusal.status).toBe(404);
    expect(refusal.headers.get("ETag")).toBeNull();
    expect(refusal.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("query checks from the route's description", () => {
  const query = (text: string) => new URLSearchParams(text);
  it("refuses a value the parameter's schema refuses, with its own message", () => {
    expect(queryProblem(CLASSIFICATIONS_ROUTE, query("format=xml"))).toBe(
      'format must be json or csv, not "xml".',
    );
    expect(queryProblem(CLASSIFICATIONS_ROUTE, query("as_of=2026-11-31"))).toBe(
      'as_of must be a date as YYYY-MM-DD, not "2026-11-31".',
    );
    expect(queryProblem(CLASSIFICATIONS_ROUTE, query("as_of=2026-11-21&format=csv"))).toBe(
      undefined,
    );
  });

  it("asks for a required parameter, missing or empty, with its example", () => {
    for (const text of ["", "tag=", "as_of=2026-11-21"]) {
      expect(queryProblem(HISTORY_ROUTE, query(text))).toBe(
        "tag is required, e.g. ?tag=code%3Ageneral_impl.",
      );
    }
  });
});

describe("snippets", () => {
  it("load a CSV view in pandas, R and curl, with the view's filter", () => {
    const [python, r, curl] = snippetsFor(
      {
        path: dataPath("/api/classifications", { as_of: "2026-11-21", format: "csv" }),
        filters: [{ column: "macro_category", value: "code" }],
      },
      "https://share.example",
      "task-share-tasks-2026-11-21",
    );
    const url = "https://share.example/api/classifications?as_of=2026-11-21&format=csv";
    expect(python?.code).toBe(
      `import pandas as pd\n\ndf = pd.read_csv("${url}")\ndf = df[df["macro_category"] == "code"]`,
    );
    expect(r?.code).toBe(`df <- read.csv("${url}")\ndf <- df[df[["macro_category"]] == "code", ]`);
    expect(curl?.code).toBe(`curl -fsSL '${url}' -o 'task-share-tasks-2026-11-21.csv'`);
  });

  it("read a day column as a date, and exact integers as int64 or bit64, never doubles", () => {
    const [python, r] = snippetsFor(
      {
        path: dataPath("/api/rankings", { period: "week", format: "csv" }),
        dates: ["date"],
        integers: ["total_tokens"],
      },
      "https://share.example",
      "rankings",
    );
    const url = "https://share.example/api/rankings?period=week&format=csv";
    expect(python?.code).toBe(
      `# total_tokens: exact integers (int64), never floats.\nimport pandas as pd\n\ndf = pd.read_csv("${url}", parse_dates=["date"], dtype={"total_tokens": "int64"})`,
    );
    expect(r?.code).toBe(
      [
        "# total_tokens: exact integers past 2^53, kept exact with bit64.",
        `df <- read.csv("${url}", colClasses = c("total_tokens" = "character"))`,
        'df[["date"]] <- as.Date(df[["date"]])',
        'df[["total_tokens"]] <- bit64::as.integer64(df[["total_tokens"]])',
      ].join("\n"),
    );
    const [json] = snippetsFor(
      { path: "/x", records: ["rows"], dates: ["date"], integers: ["total_tokens"] },
      "https://share.example",
      "x",
    );
    expect(json?.code).toContain('df["date"] = pd.to_datetime(df["date"])');
    expect(json?.code).toContain('df["total_tokens"] = df["total_tokens"].astype("int64")');
  });

  it("load the records of a JSON answer", () => {
    const [python, r, curl] = snippetsFor(
      { path: "/api/models/a/b?as_of=2026-11-21", records: ["model", "tags"] },
      "http://127.0.0.1:3000",
      "mix",
    );
    const url = "http://127.0.0.1:3000/api/models/a/b?as_of=2026-11-21";
    expect(python?.code).toBe(
      `import json\nfrom urllib.request import urlopen\n\nimport pandas as pd\n\nwith urlopen("${url}") as response:\n    df = pd.json_normalize(json.load(response)["model"]["tags"])`,
    );
    expect(r?.code).toBe(`df <- jsonlite::fromJSON("${url}")[["model"]][["tags"]]`);
    expect(curl?.code).toBe(`curl -fsSL '${url}' -o 'mix.json'`);
  });
});

/** Every route file the app serves, as its OpenAPI path ({name} for a dynamic segment). */
function servedRoutes(dir = "app", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile())
      return entry.name === "route.ts" || entry.name === "route.tsx" ? [prefix] : [];
    // The one catch-all, a model id with its slash, is described as its two parts (issue 30).
    const segment = entry.name.startsWith("[...")
      ? "{provider}/{model}"
      : entry.name.replace(/^\[(.+)\]$/, "{$1}");
    return servedRoutes(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

describe("/api/openapi.json", () => {
  const document = openApiDocument("https://share.example", 900);

  it("lists every API route, feed and data file the app serves, the health checks, and nothing else", () => {
    const data = servedRoutes().filter(
      (route) => route.startsWith("/api/") || route.endsWith(".json") || route.endsWith(".xml"),
    );
    // server.ts answers the health checks itself, before Next.
    const health = ["/healthz", "/readyz"];
    expect(Object.keys(document.paths).sort()).toEqual([...data, ...health].sort());
  });

  it("is OpenAPI 3.1 whose every schema reads back as JSON Schema", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.description).toContain("Source: OpenRouter (openrouter.ai/rankings)");
    expect(document.info.description).toContain("at most once every 900 s");
    for (const [route, item] of Object.entries(document.paths)) {
      const { get } = item;
      expect(get.responses).toHaveProperty("200");
      for (const param of get.parameters) {
        if (param.in === "path") expect(route).toContain(`{${param.name}}`);
        expect(() => z.fromJSONSchema(param.schema)).not.toThrow();
      }
      const content = (
        get.responses["200"] as {
          content: Record<string, { schema: Parameters<typeof z.fromJSONSchema>[0] }>;
        }
      ).content;
      for (const media of Object.values(content)) {
        expect(() => z.fromJSONSchema(media.schema)).not.toThrow();
      }
    }
    // Read back, the description is as strict as the routes' schemas: a missing or an
    // undocumented field fails.
    const classifications = document.paths["/api/classifications"]?.get.responses["200"] as {
      content: Record<string, { schema: Parameters<typeof z.fromJSONSchema>[0] }>;
    };
    const schema = classifications.content["application/json"]?.schema ?? false;
    const answer = {
      data: fixtureData(),
      citation: "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
      source: "live",
      fetched_at: "2026-11-21T06:00:00.000Z",
    };
    expect(z.fromJSONSchema(schema).safeParse(answer).success).toBe(true);
    expect(z.fromJSONSchema(schema).safeParse({ ...answer, extra: 1 }).success).toBe(false);
    expect(z.fromJSONSchema(schema).safeParse({ ...answer, source: "made-up" }).success).toBe(
      false,
    );
    expect(z.fromJSONSchema(schema).safeParse({ ...answer, data: {} }).success).toBe(false);
    expect(API_ROUTES.map((route) => route.operationId)).toEqual([
      ...new Set(API_ROUTES.map((route) => route.operationId)),
    ]);
  });
});

describe("/datapackage.json", () => {
  it("describes each full-history CSV: typed fields, key, licence, source and citation", () => {
    const pkg = dataPackage("https://share.example", "2026-11-22", "live");
    expect(pkg.licenses).toEqual([
      {
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
      },
    ]);
    expect(pkg.citation).toBe("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-22.");
    expect(pkg.resources.map((resource) => resource.path)).toEqual([
      ...DATASETS.map((dataset) => `https://share.example${dataset.path}?format=csv`),
      "https://share.example/api/rankings?period=day&start_date=2025-01-01&format=csv",
      "https://share.example/api/rankings?period=week&start_date=2025-01-01&format=csv",
      "https://share.example/api/rankings?period=month&start_date=2025-01-01&format=csv",
      ...RANKINGS_CATEGORIES.map(
        (category) =>
          `https://share.example/api/rankings?period=week&category=${encodeURIComponent(category)}&start_date=2025-01-01&format=csv`,
      ),
      "https://share.example/api/session-cost?format=csv",
      "https://share.example/api/apps?format=csv",
    ]);
    const tasks = pkg.resources[0];
    expect(tasks?.schema.fields.map((field) => [field.name, field.type])).toEqual([
      ["as_of", "date"],
      ["tag", "string"],
      ["display_name", "string"],
      ["macro_category", "string"],
      ["usage_share", "number"],
      ["token_share", "number"],
      ["category_usage_share", "number"],
      ["category_token_share", "number"],
      ["window_days", "integer"],
      ["citation", "string"],
    ]);
    expect(tasks?.schema.primaryKey).toEqual(["as_of", "tag"]);
    // The catalogue's name and weights may be empty (a model it does not list).
    const models = pkg.resources.find((resource) => resource.name === "models");
    expect(
      models?.schema.fields
        .filter((field) => ["name", "open_weights"].includes(field.name))
        .map((field) => [field.name, field.type, field.constraints]),
    ).toEqual([
      ["name", "string", { required: false }],
      ["open_weights", "boolean", { required: false }],
    ]);
    // The session costs: a median in US dollars per cell, keyed by harness, model and turns.
    const costs = pkg.resources.find((resource) => resource.name === "session-cost");
    expect(costs?.schema.primaryKey).toEqual(["app_slug", "model_permaslug", "turn_range"]);
    expect(
      costs?.schema.fields.find((field) => field.name === "median_session_cost_usd")?.type,
    ).toBe("number");

    // The long-run series: tokens an exact integer however large, the honest labels said.
    const day = pkg.resources.find((resource) => resource.name === "rankings-day");
    expect(day?.schema.fields.map((field) => [field.name, field.type])).toEqual([
      ["date", "date"],
      ["model", "string"],
      ["total_tokens", "integer"],
      ["citation", "string"],
    ]);
    expect(day?.schema.fields[2]).toMatchObject({
      constraints: { required: true, minimum: 0 },
      description: expect.stringContaining("never a float"),
    });
    expect(day?.schema.primaryKey).toEqual(["date", "model"]);
    expect(day?.description).toContain("each provider's own tokenizer");
    const seo = pkg.resources.find((resource) => resource.name === "rankings-week-marketing-seo");
    expect(seo?.description).toContain("sampled, upsampled estimates");
    expect(new Set(pkg.resources.map((resource) => resource.name)).size).toBe(pkg.resources.length);
    const sample = dataPackage("https://share.example", "2026-11-22", "sample");
    // Valid in every mode: the Data Package profile requires a licence and a source (issue 30).
    expect(sample.licenses).toEqual([
      {
        name: "CC0-1.0",
        title: "Creative Commons Zero 1.0 (public domain)",
        path: "https://creativecommons.org/publicdomain/zero/1.0/",
      },
    ]);
    expect(sample.sources).toEqual([
      {
        title: "Task Share's generated sample (not OpenRouter's figures)",
        path: "https://share.example",
      },
    ]);
    expect(sample.citation).toContain("not OpenRouter's");
  });
});

// Papa is the strict parser the e2e tests use; here it checks a written file reads back whole.
describe("a full day as CSV", () => {
  it("reads back to the same values", async () => {
    const csv = await text(
      rowStream({
        format: "csv",
        fields: fieldsOf(TASKS),
        pages: DAYS.map((day) => TASKS.rowsOf(day, CATALOGUE)),
        head: {},
      }),
    );
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(
      DAYS.reduce((sum, day) => sum + day.data.classifications.length, 0),
    );
  });
});
