import { expect, test } from "@playwright/test";

import { live } from "./servers";

// Screenshot-ready: data-ready="true" on <html> once every chart has drawn, and after that no
// animation, spinner or layout shift.

for (const path of ["/", "/tags/code%3Ageneral_impl", "/embed?metric=tokens"]) {
  test(`${path}: data-ready only once every chart frame holds a drawn chart, then nothing moves`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Each shift with its time, and the time the page said it was ready.
      const probe = { shifts: [] as { value: number; at: number }[], readyAt: Infinity };
      (window as unknown as { probe: typeof probe }).probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const { value, startTime } = entry as unknown as { value: number; startTime: number };
          probe.shifts.push({ value, at: startTime });
        }
      }).observe({ type: "layout-shift", buffered: true });
      new MutationObserver(() => {
        if (document.documentElement.dataset.ready === "true") {
          probe.readyAt = Math.min(probe.readyAt, performance.now());
        }
      }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-ready"] });
    });
    await page.goto(`${live.url}${path}`);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    const state = await page.evaluate(() => ({
      frames: document.querySelectorAll("[data-chart-frame]").length,
      drawn: document.querySelectorAll("[data-chart-frame] svg.chart-surface").length,
      animations: document.getAnimations().length,
      spinners: document.querySelectorAll("[aria-busy=true], [role=progressbar]").length,
    }));
    expect(state.frames).toBeGreaterThan(0);
    expect(state).toEqual({
      frames: state.frames,
      drawn: state.frames,
      animations: 0,
      spinners: 0,
    });

    await page.waitForTimeout(1_000);
    const { shifts, readyAt } = await page.evaluate(
      () =>
        (
          window as unknown as {
            probe: { shifts: { value: number; at: number }[]; readyAt: number };
          }
        ).probe,
    );
    const total = (list: { value: number }[]) => list.reduce((sum, { value }) => sum + value, 0);
    // Once ready, nothing moves at all (a screenshot taken then is final); while loading, the
    // whole page's shift stays a hundredth of what counts as "good" (0.1).
    // (Ready in the server's HTML already: every shift counts.)
    const since = Number.isFinite(readyAt) ? readyAt : 0;
    expect(total(shifts.filter((shift) => shift.at >= since))).toBeLessThan(0.001);
    expect(total(shifts)).toBeLessThan(0.001 * 10);
  });
}

test("after a client-side navigation the new view has drawn and data-ready is true", async ({
  page,
}) => {
  await page.goto(live.url);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("link", { name: "Code Generation" }).click();
  await expect(page).toHaveURL(`${live.url}/tags/code%3Ageneral_impl`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("model-bars").locator("svg.chart-surface")).toHaveCount(1);
});
