import { expect, test } from "@playwright/test";

import { live } from "./servers";

// Light and dark: the system's choice by default, overridden by ?theme= or the toggle, and
// rendered by the server in the chosen theme (no flash of the other one).

const LIGHT_BACKGROUND = "rgb(247, 248, 250)";
const DARK_BACKGROUND = "rgb(14, 17, 23)";

function background(page: import("@playwright/test").Page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test("follows the system's colour scheme when nothing is chosen", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(live.url);
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  expect(await background(page)).toBe(DARK_BACKGROUND);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background(page)).toBe(LIGHT_BACKGROUND);
  await expect(
    page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "System" }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("?theme= is applied in the server's HTML, whatever the system prefers", async ({
  page,
  request,
}) => {
  const html = await (await request.get(`${live.url}/?theme=dark`)).text();
  expect(html).toMatch(/<html[^>]* data-theme="dark"/);
  expect(html).toContain('<meta name="theme-color" content="#0e1117"/>');

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${live.url}/embed?theme=light`);
  expect(await background(page)).toBe(LIGHT_BACKGROUND);
});

test("the toggle switches at once, puts the theme in the URL and is remembered", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${live.url}/?sort=name`);
  const toggle = page.getByRole("group", { name: "Colour theme" });

  await toggle.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(DARK_BACKGROUND);
  await expect(page).toHaveURL(`${live.url}/?sort=name&theme=dark`);
  await expect(toggle.getByRole("button", { name: "Dark" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The server re-rendered the view's links with the theme.
  await expect(page.getByRole("link", { name: "Token share" })).toHaveAttribute(
    "href",
    "/?sort=tokens&theme=dark",
  );

  // Remembered: a plain URL renders dark on the server, from the cookie.
  const response = await page.goto(`${live.url}/tags/translation`);
  expect(await response?.text()).toMatch(/<html[^>]* data-theme="dark"/);

  await toggle.getByRole("button", { name: "System" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  expect(await background(page)).toBe(LIGHT_BACKGROUND);
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === "task-share-theme")).toBeUndefined();
});
