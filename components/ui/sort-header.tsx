import Link from "next/link";

import { TableHead } from "./table";

type SortHeaderProps = {
  /** The URL of the view sorted by this column. */
  href: string;
  active: boolean;
  direction: "ascending" | "descending";
  numeric?: boolean;
  sticky?: boolean;
  children: React.ReactNode;
};

/** A column header that sorts by its column: a plain link, so the sort lives in the URL. */
export function SortHeader({
  href,
  active,
  direction,
  numeric,
  sticky,
  children,
}: SortHeaderProps) {
  return (
    <TableHead numeric={numeric} sticky={sticky} aria-sort={active ? direction : undefined}>
      <Link
        href={href}
        scroll={false}
        className={`rounded hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent ${active ? "text-foreground" : ""}`}
      >
        {children}
        <span aria-hidden>{active ? (direction === "ascending" ? " ↑" : " ↓") : ""}</span>
      </Link>
    </TableHead>
  );
}
