import { chartById } from "@/components/trends/chart-by-id";
import { trendChartExport } from "@/components/trends/trend-chart-card";
import { toCsv } from "@/lib/export/csv";
import { toJson } from "@/lib/export/json";
import { apiError } from "@/lib/http/api-response";
import { getSiteUrl } from "@/lib/http/site-url";

// A trends chart's rows as a file, every date at full precision (the page draws at most a few
// hundred), with its title, view, permalink and citation: /trends/export?chart=trend-volume&…
// &format=csv. Written here, not in the browser, so the page never carries the rows.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return apiError(400, `format must be csv or json, not "${format}".`);
  }
  const found = await chartById(
    url.searchParams.get("chart") ?? "",
    Object.fromEntries(url.searchParams),
  );
  if (found.kind === "unknown") return apiError(404, "No such trends chart.");
  if (found.kind === "backfilling") {
    return apiError(503, "No rankings are stored yet: the history is being fetched.", {
      "Retry-After": "60",
    });
  }
  const chart = trendChartExport(found.chart, true);
  // Linked back on the public origin (SITE_URL, else the host the request came in on), as pages
  // and pictures are: never the server's own listening address.
  const origin = (await getSiteUrl()).origin;
  const file = { ...chart, permalink: new URL(chart.permalink, origin).href };
  const csv = format === "csv";
  return new Response(csv ? toCsv(file) : toJson(file), {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json",
      "Content-Disposition": `attachment; filename="${file.fileStem}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
