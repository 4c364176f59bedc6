import { TERMS, type TermKey } from "@/lib/glossary/terms";

import { cx } from "./cx";
import { DEFINED, termDefinitionId, termTipProps } from "./defined-term";
import { TableHead } from "./table";

type SortHeaderProps<Sort extends string> = {
  /** The order this column sorts by. */
  sort: Sort;
  /** The order the view is in now. */
  current: Sort;
  /** The URL of the view in an order. */
  hrefFor: (sort: Sort) => string;
  numeric?: boolean;
  sticky?: boolean;
  /** Hidden on a phone: never when the view is sorted by it (see `secondaryUnlessSorted`). */
  secondary?: boolean;
  /** What the column shows: the link is described by its definition, shown on hover and focus. */
  term: TermKey;
  /** The id of the table whose `terms` define `term`. */
  table: string;
  /** The header text; the term's label when left out. */
  children?: React.ReactNode;
};

/**
 * A column header that sorts by its column: a plain link, so the sort lives in the URL. Names
 * sort A to Z; figures largest first.
 */
export function SortHeader<Sort extends string>({
  sort,
  current,
  hrefFor,
  numeric,
  sticky,
  secondary,
  term,
  table,
  children,
}: SortHeaderProps<Sort>) {
  const active = sort === current;
  const direction = numeric ? "descending" : "ascending";
  return (
    <TableHead
      numeric={numeric}
      sticky={sticky}
      secondary={secondary}
      aria-sort={active ? direction : undefined}
    >
      <span {...termTipProps(term, numeric ? "end" : "start")}>
        <a
          href={hrefFor(sort)}
          aria-describedby={termDefinitionId(table, term)}
          data-term={term}
          className={cx(
            "rounded hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent",
            active && "text-foreground",
          )}
        >
          <span className={DEFINED}>{children ?? TERMS[term].label}</span>
          {/* A no-break space keeps the arrow beside its label in a narrow column. */}
          <span aria-hidden>
            {active ? (direction === "ascending" ? "\u00a0↑" : "\u00a0↓") : ""}
          </span>
        </a>
      </span>
    </TableHead>
  );
}
