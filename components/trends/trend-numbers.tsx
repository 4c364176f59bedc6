import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { formatExactTokens, formatPercent } from "@/lib/format";
import { exactShare } from "@/lib/derive/trends/exact-share";
import type { TrendMeasure } from "@/lib/derive/trends/measure";
import type { TrendPoint, TrendSeries } from "@/lib/derive/trends/trend-table";

type TrendNumbersProps = {
  id: string;
  caption: string;
  series: TrendSeries[];
  points: { point: TrendPoint; label: string }[];
  measure: TrendMeasure;
};

/**
 * "Show the numbers": the table a trends chart is drawn from, newest first, folded away so a
 * long range does not make the page long. Exact token counts, or shares beside the exact total.
 */
export function TrendNumbers({ id, caption, series, points, measure }: TrendNumbersProps) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer rounded font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">
        Show the numbers ({points.length} rows)
      </summary>
      <Table
        id={id}
        containerClassName="mt-3"
        data-testid={id}
        terms={["trendPeriod", measure === "share" ? "trendShare" : "trendTokens", "trendTotal"]}
        caption={caption}
        header={
          <tr>
            <TableHead term="trendPeriod" table={id} sticky />
            {series.map((item) => (
              <TableHead
                key={item.key}
                numeric
                term={measure === "share" ? "trendShare" : "trendTokens"}
                table={id}
              >
                <span className="block max-w-40 truncate normal-case" title={item.label}>
                  {item.label}
                </span>
              </TableHead>
            ))}
            <TableHead numeric term="trendTotal" table={id} />
          </tr>
        }
      >
        {[...points].reverse().map(({ point, label }) => (
          <TableRow key={point.date} data-date={point.date}>
            <TableRowHeader size="short" sticky>
              {label}
            </TableRowHeader>
            {series.map((item, index) => {
              const value = point.values[index] ?? null;
              return (
                <TableCell key={item.key} size="short" numeric>
                  {value === null
                    ? "–"
                    : measure === "share"
                      ? formatPercent(exactShare(value, point.total))
                      : formatExactTokens(value)}
                </TableCell>
              );
            })}
            <TableCell size="short" numeric>
              {formatExactTokens(point.total)}
            </TableCell>
          </TableRow>
        ))}
      </Table>
    </details>
  );
}
