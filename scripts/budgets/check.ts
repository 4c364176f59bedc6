// `npm run budgets`: the first-load JavaScript of every view (scripts/budgets/budgets.ts)
// against the 160 KiB budget, measured on the existing production build (run `npm run build` first).
// Exits non-zero, naming the route and the overshoot, when a page is over budget.

import { startApp } from "./app-server";
import { budgetTable } from "./budget-table";
import { FIRST_LOAD_JS_MAX_BYTES, firstLoadRows, ROUTES, scriptBreakdown } from "./budgets";
import { formatKiB, measureFirstLoadJs } from "./first-load-js";

async function main() {
  const app = await startApp("budgets");
  try {
    const pages = [];
    for (const route of ROUTES) pages.push(await measureFirstLoadJs(app.server.url, route.path));

    console.log(budgetTable(firstLoadRows(pages)));
    console.log(`\n${pages.map(scriptBreakdown).join("\n\n")}`);

    const over = pages.filter((page) => page.gzipBytes > FIRST_LOAD_JS_MAX_BYTES);
    for (const page of over) {
      console.error(
        `\nOver budget: ${page.route} loads ${formatKiB(page.gzipBytes)} of JavaScript (gzip) at start, ${formatKiB(page.gzipBytes - FIRST_LOAD_JS_MAX_BYTES)} more than the ${formatKiB(FIRST_LOAD_JS_MAX_BYTES)} budget.`,
      );
    }
    if (over.length > 0) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
