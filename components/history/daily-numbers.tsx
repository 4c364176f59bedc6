import { TABLE_HEADER_ROW } from "@/components/ui/table-header";

type DailyNumbersProps = {
  id: string;
  caption: string;
  /** Header cells after "Date". */
  columns: React.ReactNode;
  /** Stored days, oldest first, each with its cells after the date. */
  days: { date: string; cells: React.ReactNode }[];
  testId?: string;
};

/** "Show the numbers": the table behind a chart over time, newest day first, folded away. */
export function DailyNumbers({ id, caption, columns, days, testId }: DailyNumbersProps) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer rounded font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">
        Show the numbers ({days.length} days)
      </summary>
      <div className="mt-3 overflow-x-auto">
        <table id={id} className="w-full border-collapse text-sm tabular-nums" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className={TABLE_HEADER_ROW}>
              <th scope="col" className="px-2 py-2 font-medium">
                Date
              </th>
              {columns}
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((day) => (
              <tr
                key={day.date}
                className="border-b border-border last:border-0"
                data-date={day.date}
              >
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {day.date}
                </th>
                {day.cells}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
