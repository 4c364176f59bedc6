import { chromium } from "@playwright/test";
(async () => {
  const [base, ...paths] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const p of paths) {
    await page.goto(base + p);
    const name = p.replace(/[^a-z0-9]+/gi, "_") || "root";
    await page.screenshot({ path: `/tmp/cat-manual/${name}.png`, fullPage: true });
    console.log(name);
  }
  await browser.close();
})();
