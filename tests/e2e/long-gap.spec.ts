import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import Papa from "papaparse";

import { tooltipAt } from "../support/chart-tooltip";
import { downloadChart } from "../support/download";
import { drawnColumns } from "../support/drawn-columns";
import { startFakeUpstream } from "../support/fake-upstream";
import { fixturePath, HISTORY_FIXTURES, runImport } from "../support/import-snapshots";
import { startNextServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";
import { storeDir } from "./servers";

// Two old snapshots (imported as an operator would) before the history server's five days: one
// from 2020-01-01, before the 90 days pages draw (HISTORY_WINDOW_DAYS), and one from 2026-09-14,
// inside them, then 60 days with nothing stored. Charts over time must cost what the stored days
// cost, not the calendar span: before gaps were folded this overview was some 3.5 MB of "no
// snapshot" columns, and before the window every stored day since 2020 was drawn. A server and
// store of its own, so the shared history server stays as the other specs expect; importing and
// starting it take a while on a busy machine.
test.describe.configure({ timeout: 300_000 });

const LONG_GAP = "No snapshots from 2026-09-15 to 2026-11-13 (60 days)";

function oldSnapshot(asOf: string): string {
  const old = JSON.parse(readFileSync(fixturePath("history/upstream-2026-11-14.json"), "utf8"));
  old.data.as_of = asOf;
  const file = path.join(storeDir("long-gap-files"), `upstream-${asOf}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(old));
  return file;
}

/**
 * Imports `files` into a store of its own, serves it against the fake upstream (a server of its
 * own, so the shared history server stays as the other specs expect) and hands `check` its URL.
 */
async function withImportedServer(
  name: string,
  files: string[],
  check: (url: string) => Promise<void>,
) {
  const dataDir = storeDir(name);
  const seeded = runImport(files, { DATA_DIR: dataDir });
  expect(seeded.status, seeded.stderr).toBe(0);
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  try {
    const server = await startNextServer(name, {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: dataDir,
    });
    try {
      await check(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    await upstream.close();
  }
}

test("a long gap costs one slot, and days before the window are left to the files", async ({
  page,
  request,
}) => {
  const old = [oldSnapshot("2020-01-01"), oldSnapshot("2026-09-14")];
  await withImportedServer(
    "long-gap",
    [...old, ...HISTORY_FIXTURES.map(fixturePath)],
    async (url) => {
      const overview = await request.get(url, { timeout: 60_000 });
      expect(overview.status()).toBe(200);
      const overviewBytes = (await overview.body()).length;
      const tagPage = await request.get(`${url}/tags/code%3Ageneral_impl`, {
        timeout: 60_000,
      });
      const tagBytes = (await tagPage.body()).length;
      test.info().annotations.push({
        type: "html size",
        description: `overview ${overviewBytes} B, drill-down ${tagBytes} B`,
      });
      expect(overviewBytes).toBeLessThan(600_000);
      expect(tagBytes).toBeLessThan(600_000);

      await page.goto(url);
      const usage = page.getByTestId("macro-trend-usage");
      // 6 stored days in the window, of 5 categories, and one shaded slot for the 60 between.
      expect(await drawnColumns(usage)).toBe(30);
      await expect(usage.locator("[data-gap]")).toHaveCount(1);
      // Pointing at the shaded slot names the whole gap.
      await usage.scrollIntoViewIfNeeded();
      const gap = await usage.locator("[data-gap] rect").boundingBox();
      if (!gap) throw new Error("The gap is not drawn");
      const [x, y] = [gap.x + gap.width / 2, gap.y + gap.height / 2];
      await expect(await tooltipAt(page, x, y)).toHaveText(LONG_GAP);
      await expect(usage).toHaveAccessibleName(
        new RegExp(`${LONG_GAP.replace(/[()]/g, "\\$&")}\\.`),
      );
      // 60 in the long gap and 3 in the short ones, counted without listing them; the 2020 day
      // is named as left out, not drawn.
      const macroTrend = page.getByRole("region", { name: "Macro-categories over time" });
      await expect(macroTrend).toContainText("63 days not stored, left as gaps");
      await expect(macroTrend).toContainText(
        "the last 90 days (1 earlier stored day in the CSV and the API)",
      );

      await page.goto(`${url}/tags/code%3Ageneral_impl`);
      const trend = page.getByTestId("tag-trend");
      await expect(trend).toHaveAccessibleName(
        `Line chart of Code Generation's usage share and token share per day, 2026-09-14 to 2026-11-21, with gaps on 63 days without a stored snapshot. ${LONG_GAP}. The table below lists the same numbers.`,
      );
      await expect(trend.locator("[data-gap]")).toHaveCount(1);
      await expect(trend.locator("circle[data-point]")).toHaveCount(12);
      // The axis names the first day, not the gap.
      await expect(trend.locator("text[data-tick]", { hasText: "Sep 14" })).toHaveCount(1);
      await expect(trend.locator("text[data-tick]", { hasText: "Sep 15" })).toHaveCount(0);
      await expect(page.getByText("Show the numbers (6 days)")).toBeVisible();

      const csv = await downloadChart(page, "Code Generation over time", "csv");
      const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString("utf8"), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.data.map((row) => row.as_of)).toEqual([
        "2026-09-14",
        "2026-09-15",
        "2026-11-14",
        "2026-11-15",
        "2026-11-16",
        "2026-11-17",
        "2026-11-18",
        "2026-11-19",
        "2026-11-20",
        "2026-11-21",
      ]);
      expect(parsed.data[1]).toMatchObject({
        usage_share: "",
        token_share: "",
        gap_until: "2026-11-13",
      });
      expect(parsed.data[3]).toMatchObject({ gap_until: "" });
    },
  );
});

test("the date picker lists the days pages draw, and takes an earlier one by its date", async ({
  page,
}) => {
  // A hundred days in a row before the history fixtures: more than the 90 the picker lists.
  const days = Array.from({ length: 100 }, (_, index) => {
    const day = new Date(Date.UTC(2026, 7, 1 + index));
    return day.toISOString().slice(0, 10);
  });
  expect(days.at(-1)).toBe("2026-11-08");
  await withImportedServer(
    "long-picker",
    [...days.map(oldSnapshot), ...HISTORY_FIXTURES.map(fixturePath)],
    async (url) => {
      await page.goto(`${url}/?sort=tokens`);
      const picker = page.getByTestId("date-picker");
      await picker.locator("summary").click();
      const dates = picker.getByRole("navigation", { name: "Stored snapshot dates" });
      // 105 stored days: the newest 90 as links, the 15 before them by date.
      await expect(dates.getByRole("link")).toHaveCount(90);
      await expect(dates.getByRole("link").first()).toHaveText("2026-11-21 · latest");
      await expect(dates.getByRole("link").last()).toHaveText("2026-08-16");
      const earlier = dates.getByLabel("An earlier day (15 more stored)");
      await expect(earlier).toHaveAttribute("min", "2026-08-01");
      await earlier.fill("2026-08-03");
      await dates.getByRole("button", { name: "Go" }).click();
      // The view's own settings are kept.
      await expect(page).toHaveURL(`${url}/?sort=tokens&as_of=2026-08-03`);
      await expect(page.getByTestId("as-of")).toHaveText("2026-08-03");
      await expect(page.getByTestId("pinned-banner")).toContainText("Pinned to 2026-08-03");
    },
  );
});
