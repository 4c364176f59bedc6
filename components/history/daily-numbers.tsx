import type { TermKey } from "@/lib/glossary/terms";

import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";

type DailyNumbersProps = {
  id: string;
  caption: string;
  /** Header cells after "Date". */
  columns: React.ReactNode;
  /** Stored days, oldest first, each with its figures after the date, a cell each. */
  days: { date: string; label?: string; figures: React.ReactNode[] }[];
  testId?: string;
  /** The terms of the header cells after "Date", defined under the table. */
  terms: readonly TermKey[];
  /** What a row is when not a stored day: its first column's term and its plural. */
  rowTerm?: TermKey;
  rowNoun?: string;
};

/** "Show the numbers": the table behind a chart over time, newest day first, folded away. */
export function DailyNumbers({
  id,
  caption,
  columns,
  days,
  testId,
  terms,
  rowTerm = "date",
  rowNoun = "days",
}: DailyNumbersProps) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer rounded font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">
        Show the numbers ({days.length} {rowNoun})
      </summary>
      <Table
        id={id}
        containerClassName="mt-3"
        data-testid={testId}
        figureRows
        terms={[rowTerm, ...terms]}
        caption={caption}
        header={
          <tr>
            <TableHead term={rowTerm} table={id} />
            {columns}
          </tr>
        }
      >
        {[...days].reverse().map((day) => (
          <TableRow key={day.date} data-date={day.date}>
            <TableRowHeader>{day.label ?? day.date}</TableRowHeader>
            {day.figures.map((figure, index) => (
              <TableCell key={index}>{figure}</TableCell>
            ))}
          </TableRow>
        ))}
      </Table>
    </details>
  );
}
