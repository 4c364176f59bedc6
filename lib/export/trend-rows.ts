import { exactShare } from "../derive/trends/exact-share";
import type { TrendMeasure } from "../derive/trends/measure";
import type { TrendSeries, TrendTable } from "../derive/trends/trend-table";
import type { ExportColumn, ExportValue } from "./chart-export";

// The rows behind a trends chart, one per drawn date: the days it counts and whether that is its
// whole period (`complete`: false for a week or month the range or the data cuts), each series'
// exact tokens as a decimal string (counts pass 2^53, and a spreadsheet must not round them),
// the date's total, and with the share measure each series' share at full precision. Columns
// carry each series' real id ("tokens:google/gemini-2.5-flash"); a remainder its key ("rest",
// "outside"). The prefix keeps an upstream id from ever being a bare key.

/** The id a series' columns are named by: its one member, else its key. */
function seriesId(series: TrendSeries): string {
  const [only, ...more] = series.members;
  return series.kind === "named" && only !== undefined && more.length === 0 ? only : series.key;
}

export function trendRows(
  table: TrendTable,
  measure: TrendMeasure,
): { columns: ExportColumn[]; rows: Record<string, ExportValue>[] } {
  const named = table.series.map((item) => ({ label: item.label, id: seriesId(item) }));
  const columns: ExportColumn[] = [
    { key: "date", label: "First day" },
    { key: "until", label: "Last day" },
    { key: "complete", label: "Whole period" },
    ...named.map(({ id, label }) => ({ key: `tokens:${id}`, label: `${label}: tokens` })),
    ...(measure === "share"
      ? named.map(({ id, label }) => ({ key: `share:${id}`, label: `${label}: share` }))
      : []),
    { key: "total_tokens", label: "All tokens" },
  ];
  const rows = table.points.map((point) => {
    const row: Record<string, ExportValue> = {
      date: point.date,
      until: point.until,
      complete: point.complete,
    };
    named.forEach(({ id }, index) => {
      const value = point.values[index] ?? null;
      row[`tokens:${id}`] = value === null ? null : value.toString();
      if (measure === "share") {
        row[`share:${id}`] = value === null ? null : exactShare(value, point.total);
      }
    });
    row.total_tokens = point.total.toString();
    return row;
  });
  return { columns, rows };
}
