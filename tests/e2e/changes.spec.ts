import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import Papa from "papaparse";

import { downloadChart } from "../support/download";
import { history } from "./servers";

// What changed: the digest page and the Atom feed, on the history server's stored days
// (2026-11-14, -15, -16, -18 and -21; see global-setup.ts).

type Share = { key: string; label: string; usage_share: number; token_share: number };

/** A day's tasks and macro-categories, from the raw fixtures. */
function rawShares(asOf: string): Share[] {
  const file =
    asOf === "2026-11-21" ? ["upstream-2026-11-21.json"] : ["history", `upstream-${asOf}.json`];
  const { data } = JSON.parse(
    readFileSync(path.join(__dirname, "..", "fixtures", ...file), "utf8"),
  );
  return [
    ...data.classifications.map((item: Share & { tag: string; display_name: string }) => ({
      ...item,
      key: item.tag,
      label: item.display_name,
    })),
    ...data.macro_categories.map((item: Share) => ({ ...item, label: `${item.label} (category)` })),
  ];
}

/** The largest move of any share between two days. */
function biggestMove(from: string, to: string) {
  const before = new Map(rawShares(from).map((item) => [item.key, item]));
  const moves = rawShares(to).flatMap((item) => {
    const base = before.get(item.key);
    if (!base) return [];
    return [
      { label: item.label, change: item.usage_share - base.usage_share },
      { label: item.label, change: item.token_share - base.token_share },
    ];
  });
  return moves.sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
}

const points = (change: number) =>
  `${change > 0 ? "+" : change < 0 ? "-" : ""}${Math.abs(change * 100).toFixed(1)} pp`;

test("/changes names the biggest mover with its exact change, both dates and the list changes", async ({
  page,
}) => {
  const response = await page.goto(`${history.url}/changes`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed on 2026-11-21");
  await expect(page.getByTestId("changes-summary")).toContainText(
    "2026-11-21 compared with 2026-11-18 (3 days earlier)",
  );
  const expected = biggestMove("2026-11-18", "2026-11-21");
  if (!expected) throw new Error("the fixtures share tasks");
  // Too few stored pairs three days apart to judge what is usual: every move is listed as news,
  // largest first.
  const first = page.getByTestId("notable-moves").locator("tbody tr").first();
  await expect(first.locator("th")).toHaveText(expected.label);
  await expect(first.locator("td").nth(3)).toHaveText(points(expected.change));
  await expect(first.locator("td").nth(4)).toHaveText("not enough history");

  const lists = page.getByTestId("list-changes");
  await expect(lists).toContainText("New task Translation");
  await expect(lists).toContainText("DevOps is no longer listed");
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
  );

  // A pinned, earlier day compares with the day before it.
  await page.goto(`${history.url}/changes?as_of=2026-11-16`);
  await expect(page.getByTestId("changes-summary")).toContainText(
    "2026-11-16 compared with 2026-11-15 (1 day earlier)",
  );
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-16.",
  );
});

test("the first stored day says that changes start with the second", async ({ page }) => {
  await page.goto(`${history.url}/changes?as_of=2026-11-14`);
  await expect(page.getByTestId("changes-summary")).toHaveText(
    "Only one day is stored up to 2026-11-14: changes start with the second.",
  );
});

test("/feed.xml is valid Atom with one entry per stored day, stable ids and the citation", async ({
  page,
  request,
}) => {
  const response = await request.get(`${history.url}/feed.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();

  // Chromium's own XML parser (on the blank page a test starts on): a malformed feed yields a
  // <parsererror>.
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(atom, "entry")];
    const child = (node: Element, name: string) =>
      node.getElementsByTagNameNS(atom, name)[0] ?? null;
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      updated: child(doc.documentElement, "updated")?.textContent,
      entries: entries.map((entry) => ({
        id: child(entry, "id")?.textContent,
        title: child(entry, "title")?.textContent,
        updated: child(entry, "updated")?.textContent,
        link: child(entry, "link")?.getAttribute("href"),
        summary: child(entry, "summary")?.textContent ?? "",
      })),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom");
  expect(feed.entries.map((entry) => entry.id)).toEqual([
    "urn:task-share:day:2026-11-21",
    "urn:task-share:day:2026-11-18",
    "urn:task-share:day:2026-11-16",
    "urn:task-share:day:2026-11-15",
    "urn:task-share:day:2026-11-14",
  ]);
  const [newest] = feed.entries;
  expect(newest?.title).toBe("What changed on 2026-11-21");
  expect(newest?.link).toBe(`${history.url}/changes?as_of=2026-11-21`);
  expect(newest?.summary).toContain("Since 2026-11-18:");
  expect(newest?.summary).toContain("New task: Translation.");
  expect(newest?.summary).toContain(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
  );
  // Dates are RFC 3339, and the feed is as new as its newest entry.
  for (const entry of feed.entries) expect(Date.parse(entry.updated ?? "")).not.toBeNaN();
  expect(feed.updated).toBe(newest?.updated);

  // The same feed again: ids and dates do not move.
  const again = await (await request.get(`${history.url}/feed.xml`)).text();
  expect(again).toBe(xml);
});

test("?vs= takes any earlier day on the overview, a drill-down and /changes, naming the day used", async ({
  page,
}) => {
  await page.goto(`${history.url}/?vs=2026-11-17`);
  // 17 is not stored: the nearest earlier stored day, 16, is used and named.
  await expect(page.getByTestId("comparison")).toHaveText(
    "Changes in percentage points (pp) since 2026-11-16 (5 days earlier).",
  );
  const compareWith = page.getByRole("navigation", { name: "Compare with" });
  await expect(compareWith.getByRole("link", { name: "Since 2026-11-16" })).toHaveAttribute(
    "aria-current",
    "true",
  );

  await page.goto(`${history.url}/tags/code%3Ageneral_impl?vs=2026-11-14`);
  await expect(page.getByTestId("comparison")).toHaveText(
    "Changes in percentage points (pp) since 2026-11-14 (7 days earlier).",
  );

  await page.goto(`${history.url}/changes?vs=2026-11-15`);
  await expect(page.getByTestId("changes-summary")).toContainText(
    "2026-11-21 compared with 2026-11-15 (6 days earlier)",
  );

  await page.goto(`${history.url}/?vs=2026-11-01`);
  await expect(page.getByRole("status").filter({ hasText: "2026-11-01" })).toContainText(
    "changes are shown since the previous snapshot instead",
  );
  await expect(page.getByTestId("comparison")).toContainText("since 2026-11-18");
});

test("a task's feed lists the days that list it, with its own moves and ids", async ({
  request,
}) => {
  const response = await request.get(`${history.url}/tags/translation/feed.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  // Translation is listed on 14, 15, 16 and 21, not on 18: back as new on the 21st.
  expect([...xml.matchAll(/<id>(urn:[^<]+)<\/id>/g)].map((match) => match[1])).toEqual([
    "urn:task-share:task:translation:day:2026-11-21",
    "urn:task-share:task:translation:day:2026-11-16",
    "urn:task-share:task:translation:day:2026-11-15",
    "urn:task-share:task:translation:day:2026-11-14",
  ]);
  expect(xml).toContain("New task: Translation.");
  expect(xml).toContain(`href="${history.url}/tags/translation?as_of=2026-11-21"`);
  expect((await request.get(`${history.url}/tags/nope/feed.xml`)).status()).toBe(404);
});

test("/changes downloads every move as CSV, cited, news first", async ({ page }) => {
  await page.goto(`${history.url}/changes`);
  const csv = await downloadChart(page, "What changed, 2026-11-18 to 2026-11-21", "csv");
  expect(csv.name).toBe("task-share-changes-since-2026-11-18-2026-11-21.csv");
  const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const expected = biggestMove("2026-11-18", "2026-11-21");
  if (!expected) throw new Error("the fixtures share tasks");
  const [first] = parsed.data;
  expect(first?.label).toBe(expected.label.replace(" (category)", ""));
  expect(Number(first?.change_pp)).toBeCloseTo(expected.change * 100, 10);
  expect(first?.citation).toBe("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.");
});
