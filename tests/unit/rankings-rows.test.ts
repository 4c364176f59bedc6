import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { RANKINGS_FIELDS, rankingsPages } from "@/lib/export/rankings-rows";
import { rowStream } from "@/lib/export/row-stream";
import { rankingsAnswer } from "@/lib/http/api-schemas/rankings";
import type { RankingsRow } from "@/lib/model";

// /api/rankings's rows as the stream writes them: every row once, in order, a page at a time,
// tokens exact however large.

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-29T06:00:00Z.";
const PAST_2_53 = 2n ** 60n + 7n;

/** A day series' worth of rows: 700 days × 51, tokens past 2^53 on the first of each day. */
function series(days: number): RankingsRow[] {
  return Array.from({ length: days }, (_, day) => {
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    return Array.from({ length: 51 }, (_, place) => ({
      date,
      model: place === 50 ? "other" : `vendor-${place}/model-${place}`,
      totalTokens: place === 0 ? PAST_2_53 + BigInt(day) : BigInt(1000 * (51 - place) + day),
    }));
  }).flat();
}

const ROWS = series(700);
const HEAD = { citation: CITATION, as_of: "2026-11-29T06:00:00Z", source: "live" };

async function written(format: "json" | "csv", pageRows?: number) {
  const stream = rowStream({
    format,
    fields: RANKINGS_FIELDS[format],
    head: HEAD,
    pages: rankingsPages(ROWS, CITATION, pageRows),
  });
  return new Response(stream).text();
}

describe("rankingsPages", () => {
  it("pages every row once, in order, no page longer than asked", () => {
    const pages = [...rankingsPages(ROWS, CITATION, 1000)];
    expect(pages).toHaveLength(Math.ceil(ROWS.length / 1000));
    expect(pages.every((page) => page.length <= 1000)).toBe(true);
    expect(pages.flat().map((row) => `${row.date}|${row.model}|${row.total_tokens}`)).toEqual(
      ROWS.map((row) => `${row.date}|${row.model}|${row.totalTokens}`),
    );
    expect([...rankingsPages([], CITATION)]).toEqual([]);
  });
});

describe("the streamed rankings answer", () => {
  it("as JSON: the head, then exactly the rows, tokens as exact decimal strings", async () => {
    const body = await written("json");
    // The decimal strings are read back as written: no float ever holds them.
    const document = rankingsAnswer.pick({ citation: true, rows: true }).parse(JSON.parse(body));
    expect(document.citation).toBe(CITATION);
    expect(document.rows).toHaveLength(ROWS.length);
    expect(document.rows).toEqual(
      ROWS.map((row) => ({
        date: row.date,
        model: row.model,
        total_tokens: row.totalTokens.toString(),
      })),
    );
    expect(document.rows[0]?.total_tokens).toBe("1152921504606846983");
    expect(BigInt(document.rows.at(-51)?.total_tokens ?? "")).toBe(PAST_2_53 + 699n);
  });

  it("as CSV: the header, then exactly the rows, each cited, the same for any page size", async () => {
    const body = await written("csv");
    expect(await written("csv", 7)).toBe(body);
    const parsed = Papa.parse<string[]>(body.trimEnd(), { newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(["date", "model", "total_tokens", "citation"]);
    expect(rows).toEqual(
      ROWS.map((row) => [row.date, row.model, row.totalTokens.toString(), CITATION]),
    );
    expect(rows[0]?.[2]).toBe("1152921504606846983");
  });
});
