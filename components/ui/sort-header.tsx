import Link from "next/link";

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
  children: React.ReactNode;
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
  children,
}: SortHeaderProps<Sort>) {
  const active = sort === current;
  const direction = numeric ? "descending" : "ascending";
  return (
    <TableHead numeric={numeric} sticky={sticky} aria-sort={active ? direction : undefined}>
      <Link
        href={hrefFor(sort)}
        scroll={false}
        className={`rounded hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent ${active ? "text-foreground" : ""}`}
      >
        {children}
        <span aria-hidden>{active ? (direction === "ascending" ? " ↑" : " ↓") : ""}</span>
      </Link>
    </TableHead>
  );
}
