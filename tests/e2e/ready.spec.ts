import { expect, test } from "@playwright/test";

import { live } from "./servers";

// Screenshot-ready: data-ready="true" on <html> once every chart has drawn, and after that no
// animation, spinner or layout shift.

for (const path of ["/", "/tags/code%3Ageneral_impl", "/embed?metric=tokens"]) {
  test(`${path}: data-ready only once every chart frame holds a drawn chart, then nothing moves`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          shifts.push((entry as unknown as { value: number }).value);
        }
      }).observe({ type: "layout-shift", buffered: true });
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
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((total, value) => total + value, 0)).toBeLessThan(0.001);
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
