import { exactShare } from "../derive/trends/exact-share";
import type { TrendMeasure } from "../derive/trends/measure";
import type { TrendTable } from "../derive/trends/trend-table";
import { slugify, type ExportColumn, type ExportValue } from "./chart-export";

// The rows behind a trends chart, one per drawn date: each series' exact tokens as a decimal
// string (counts pass 2^53, and a spreadsheet must not round them), the date's total, and with
// the share measure each series' share at full precision. Column keys number the series and
// slug its name, as upstream names must never become keys as they are.

export function trendRows(
  table: TrendTable,
  measure: TrendMeasure,
): { columns: ExportColumn[]; rows: Record<string, ExportValue>[] } {
  const named = table.series.map((item, index) => ({
    label: item.label,
    key: `${index + 1}_${slugify(item.label)}`,
  }));
  const columns: ExportColumn[] = [
    { key: "date", label: "First day" },
    { key: "until", label: "Last day" },
    ...named.map(({ key, label }) => ({ key: `tokens_${key}`, label: `${label}: tokens` })),
    ...(measure === "share"
      ? named.map(({ key, label }) => ({ key: `share_${key}`, label: `${label}: share` }))
      : []),
    { key: "total_tokens", label: "All tokens" },
  ];
  const rows = table.points.map((point) => {
    const row: Record<string, ExportValue> = { date: point.date, until: point.until };
    named.forEach(({ key }, index) => {
      const value = point.values[index] ?? null;
      row[`tokens_${key}`] = value === null ? null : value.toString();
      if (measure === "share") {
        row[`share_${key}`] = value === null ? null : exactShare(value, point.total);
      }
    });
    row.total_tokens = point.total.toString();
    return row;
  });
  return { columns, rows };
}
