import type { TermKey } from "@/lib/glossary/terms";

import { cx } from "./cx";
import { DefinedTerm, termDefinitionId, TermList } from "./defined-term";

// The one data table: every table in the product is built from these parts, so headers, rules,
// numbers and the phone layout look and behave the same everywhere. All of it renders on the
// server as plain HTML, the text alternative to each chart.

/**
 * Cell padding. `narrow` is tighter sideways on a phone, so a short table such as the
 * macro-categories fits a 360 px screen whole; `short` suits long lists such as one row a day;
 * `group` is a header spanning several columns, above their own headers.
 */
export type CellSize = "default" | "narrow" | "short" | "group";

const PADDING: Record<CellSize, string> = {
  default: "px-2 py-2",
  narrow: "px-1 py-2 sm:px-2",
  short: "px-2 py-1.5",
  group: "px-2 pt-2 pb-1",
};

// On phones a wide table scrolls sideways; its first column stays put so each row keeps its name.
const STICKY = "max-sm:sticky max-sm:left-0 max-sm:bg-card max-sm:shadow-[1px_0_0_var(--border)]";

// Column headers: small capitals with spaced letters from the sm breakpoint up. On a phone,
// sentence case, about a third narrower, so short tables fit whole rather than hiding a column.
const HEADER_LETTERING = "text-xs text-muted-foreground sm:uppercase sm:tracking-wide";

type CellOptions = {
  /** A figure: right-aligned (the table already sets tabular-nums). */
  numeric?: boolean;
  /** The first column, held in place while a phone scrolls the table sideways. */
  sticky?: boolean;
  size?: CellSize;
};

/**
 * A cell's classes. A sticky column header sits above the sticky cells below it (its own
 * layer), so a header's definition (which opens downwards) is not drawn under them.
 */
function cellClass(options: CellOptions, ...rest: string[]) {
  return classesOf(options, "max-sm:z-10", rest);
}

function headClass(options: CellOptions, ...rest: string[]) {
  return classesOf(options, "max-sm:z-20", rest);
}

function classesOf(
  { numeric, sticky, size = "default" }: CellOptions,
  layer: string,
  rest: string[],
) {
  return cx(PADDING[size], numeric && "text-right", sticky && STICKY, sticky && layer, ...rest);
}

type TableProps = Omit<React.ComponentProps<"table">, "children"> & {
  /** What the table holds, for screen readers (the card's title says it to everyone else). */
  caption: React.ReactNode;
  /** The header row (or rows), in the header lettering; the last is ruled off from the body. */
  header: React.ReactNode;
  /** The body rows. */
  children: React.ReactNode;
  /**
   * For wide tables in a card: on a phone the scroller reaches the card's edges (the card pads
   * 1rem), so rows scroll under the edge rather than stopping short of it.
   */
  bleed?: boolean;
  /** Classes for the scrolling box around the table (e.g. spacing above it). */
  containerClassName?: string;
  /**
   * The terms its headers use, defined under the table ("What the columns mean"); headers given
   * a `term` and this table's `id` are described by these definitions.
   */
  terms?: readonly TermKey[];
};

/** A data table in a box that scrolls sideways when it is wider than the screen. */
export function Table({
  caption,
  header,
  children,
  bleed = false,
  containerClassName,
  terms,
  className,
  id,
  ...props
}: TableProps) {
  const table = (
    <div
      className={cx(
        bleed ? "-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" : "overflow-x-auto",
        containerClassName,
      )}
    >
      <table
        id={id}
        className={cx("w-full border-collapse text-sm tabular-nums", className)}
        {...props}
      >
        <caption className="sr-only">{caption}</caption>
        <thead
          className={`${HEADER_LETTERING} text-left [&>tr:last-child]:border-b [&>tr:last-child]:border-border`}
        >
          {header}
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
  if (!terms || terms.length === 0 || !id) return table;
  return (
    <div>
      {table}
      <TermList tableId={id} terms={terms} className="mt-2" />
    </div>
  );
}

type TableRowProps = React.ComponentProps<"tr"> & {
  /** Tint the row under the pointer, for long tables read across. */
  hover?: boolean;
};

/** A body row, ruled off from the next; the last one has no rule. */
export function TableRow({ hover = false, className, ...props }: TableRowProps) {
  return (
    <tr
      className={cx(
        "border-b border-border last:border-0",
        hover && "hover:bg-muted/60",
        className,
      )}
      {...props}
    />
  );
}

type TableHeadProps = React.ComponentProps<"th"> &
  CellOptions &
  (
    | {
        /**
         * The glossary term the column shows: its definition opens on hover and focus and
         * describes the header for screen readers. The header reads the term's label unless it
         * has children of its own.
         */
        term: TermKey;
        /** The id of the table this header belongs to, whose `terms` define `term`. */
        table: string;
        /** A sentence about this column's use of the term (e.g. the day changes are measured from). */
        detail?: string;
      }
    | { term?: undefined; table?: undefined; detail?: undefined }
  );

/** A column header (or, with colSpan and scope="colgroup", a header over several columns). */
export function TableHead({
  numeric,
  sticky,
  size,
  term,
  table,
  detail,
  className,
  children,
  ...props
}: TableHeadProps) {
  return (
    <th
      scope="col"
      className={headClass({ numeric, sticky, size }, "font-medium", className ?? "")}
      {...props}
    >
      {term && table ? (
        <DefinedTerm
          term={term}
          describedBy={termDefinitionId(table, term)}
          detail={detail}
          placement={numeric ? "end" : "start"}
        >
          {children}
        </DefinedTerm>
      ) : (
        children
      )}
    </th>
  );
}

/** The cell that names its row: a header for the cells beside it. */
export function TableRowHeader({
  sticky,
  size,
  strong = false,
  className,
  ...props
}: React.ComponentProps<"th"> & Omit<CellOptions, "numeric"> & { strong?: boolean }) {
  return (
    <th
      scope="row"
      className={cellClass(
        { sticky, size },
        "text-left",
        strong ? "font-medium" : "font-normal",
        className ?? "",
      )}
      {...props}
    />
  );
}

export function TableCell({
  numeric,
  sticky,
  size,
  className,
  ...props
}: React.ComponentProps<"td"> & CellOptions) {
  return <td className={cellClass({ numeric, sticky, size }, className ?? "")} {...props} />;
}
