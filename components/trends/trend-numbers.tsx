import { DailyNumbers } from "@/components/history/daily-numbers";
import { TableHead } from "@/components/ui/table";
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

/** The table a trends chart is drawn from: exact token counts, or shares beside the exact total. */
export function TrendNumbers({ id, caption, series, points, measure }: TrendNumbersProps) {
  const term = measure === "share" ? "trendShare" : "trendTokens";
  return (
    <DailyNumbers
      id={id}
      testId={id}
      caption={caption}
      rowTerm="trendPeriod"
      rowNoun="rows"
      terms={[term, "trendTotal"]}
      columns={[
        ...series.map((item) => (
          <TableHead key={item.key} numeric term={term} table={id}>
            <span className="block max-w-40 truncate normal-case" title={item.label}>
              {item.label}
            </span>
          </TableHead>
        )),
        <TableHead key="total" numeric term="trendTotal" table={id} />,
      ]}
      days={points.map(({ point, label }) => ({
        date: point.date,
        label,
        figures: [
          ...series.map((_item, index) => {
            const value = point.values[index] ?? null;
            if (value === null) return "–";
            return measure === "share"
              ? formatPercent(exactShare(value, point.total))
              : formatExactTokens(value);
          }),
          formatExactTokens(point.total),
        ],
      }))}
    />
  );
}
