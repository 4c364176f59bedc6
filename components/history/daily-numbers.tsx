import type { TermKey } from "@/lib/glossary/terms";

import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { TEXT_LINK } from "@/components/ui/text-link";
import { requestedPage } from "@/lib/http/requested-page";

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

/** The query parameter naming the tables of numbers a page shows (by their ids). */
const NUMBERS_PARAM = "numbers";

/**
 * "Show the numbers": the table behind a chart over time, newest day first. A page carries it
 * only when asked (`?numbers=` its id): a year of rows would weigh more than the rest of the
 * page. Until then it is a link to the same page with the table open, at the table, which keeps
 * the reader's place when followed within the app and works without JavaScript. The link holds
 * the table's id meanwhile, so the chart it describes still points at it.
 */
export async function DailyNumbers({
  id,
  caption,
  columns,
  days,
  testId,
  terms,
  rowTerm = "date",
  rowNoun = "days",
}: DailyNumbersProps) {
  const page = await requestedPage();
  const summary = `Show the numbers (${days.length} ${rowNoun})`;
  if (!page.searchParams.getAll(NUMBERS_PARAM).includes(id)) {
    const params = new URLSearchParams(page.search);
    params.append(NUMBERS_PARAM, id);
    return (
      <p className="text-sm">
        <a id={id} href={`${page.pathname}?${params}#${id}`} className={`${TEXT_LINK} font-medium`}>
          {summary}
        </a>
      </p>
    );
  }
  return (
    <details className="text-sm" open>
      <summary className="cursor-pointer rounded font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">
        {summary}
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
