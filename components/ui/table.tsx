import type { TermKey } from "@/lib/glossary/terms";

import { cx } from "./cx";
import { DefinedTerm, termDefinitionId, TermList } from "./defined-term";
import { ServerMarkup } from "./server-markup";

// The one data table: every table in the product is built from these parts, so headers, rules,
// numbers and the phone layout look and behave the same everywhere. All of it renders on the
// server as plain HTML, the text alternative to each chart.

/**
 * Cell padding. `narrow` is tighter sideways on a phone, so a short table such as the
 * macro-categories fits a 360 px screen whole; `group` is a header spanning several columns,
 * above their own headers. (Long lists such as one row a day are short rows: `figureRows`.)
 */
export type CellSize = "default" | "narrow" | "group";

// The default padding, the rules between body rows and a sticky cell are set once for every
// cell in app/globals.css (.data-table): a class repeated on each of a long table's cells would
// be sent twice per cell (in the HTML and in the RSC payload) and parsed on every load.
const PADDING: Record<CellSize, string> = {
  default: "",
  narrow: "px-1 sm:px-2",
  group: "pt-2 pb-1",
};

// On phones a wide table scrolls sideways; its first column stays put so each row keeps its name.
const STICKY = "cell-sticky";

// The phone layout (app/globals.css): under the sm breakpoint a secondary column is not shown
// until the reader ticks the table's "Show every column" switch, a plain checkbox read by CSS
// (:has), so it needs no JavaScript and nothing hydrates. Its cells stay in the HTML, in print
// and in every export.
const SECONDARY = "phone-secondary";

// Column headers: small capitals with spaced letters from the sm breakpoint up. On a phone,
// sentence case, about a third narrower, so short tables fit whole rather than hiding a column.
const HEADER_LETTERING = "text-xs text-muted-foreground sm:uppercase sm:tracking-wide";

type CellOptions = {
  /** A figure: right-aligned (the table already sets tabular-nums). */
  numeric?: boolean;
  /** The first column, held in place while a phone scrolls the table sideways. */
  sticky?: boolean;
  size?: CellSize;
  /**
   * A column a phone can do without, hidden there until asked for (the table's `hidesColumns`
   * switch). Set it on every cell of the column, header included; never on the row's name or on
   * the column the view is sorted by: `secondaryUnlessSorted` says which.
   */
  secondary?: boolean;
};

/**
 * For a sortable table: whether a column that sorts by `sort` is secondary on a phone, given the
 * order the view is in. The sorted column always shows.
 */
export function secondaryUnlessSorted<Sort extends string>(current: Sort) {
  return (sort: Sort) => sort !== current;
}

/** A cell's classes (a sticky header's layer, above the sticky cells, is set in CSS). */
function cellClass(
  { numeric, sticky, size = "default", secondary }: CellOptions,
  ...rest: string[]
) {
  return (
    cx(PADDING[size], numeric && "text-right", sticky && STICKY, secondary && SECONDARY, ...rest) ||
    undefined
  );
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
  /** Some columns are `secondary`: on a phone, offer the switch that shows them. */
  hidesColumns?: boolean;
  /**
   * Long runs of figures, such as one row a day: every body cell is a figure (right-aligned)
   * and every row short, set once on the table (app/globals.css) instead of on each cell.
   */
  figureRows?: boolean;
};

/**
 * A data table in a box that scrolls sideways when it is wider than the screen, with a shadow
 * at the edge that hides more columns (`scroll-cue` in app/globals.css).
 */
export function Table({
  caption,
  header,
  children,
  bleed = false,
  containerClassName,
  terms,
  hidesColumns = false,
  figureRows = false,
  className,
  id,
  ...props
}: TableProps) {
  const table = (
    <div
      className={cx(
        "scroll-cue",
        bleed ? "-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" : "overflow-x-auto",
        containerClassName,
      )}
    >
      <table
        id={id}
        className={cx(
          "data-table w-full border-collapse text-sm tabular-nums",
          figureRows && "figure-rows",
          className,
        )}
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
  const defined = terms && terms.length > 0 && id;
  // Nothing in a table hydrates (its links are plain anchors): the whole of it, headers and
  // definitions included, is static markup, sent once.
  return (
    <ServerMarkup>
      {defined || hidesColumns ? (
        <div className="table-frame">
          {hidesColumns && (
            <label className="mb-2 flex min-h-6 w-fit cursor-pointer items-center gap-2 text-xs text-muted-foreground sm:hidden">
              <input type="checkbox" className="all-columns size-4 accent-(--accent)" />
              Show every column
            </label>
          )}
          {table}
          {defined && <TermList tableId={id} terms={terms} className="mt-2" />}
        </div>
      ) : (
        table
      )}
    </ServerMarkup>
  );
}

type TableRowProps = React.ComponentProps<"tr"> & {
  /** Tint the row under the pointer, for long tables read across. */
  hover?: boolean;
};

/** A body row, ruled off from the next (app/globals.css); the last one has no rule. */
export function TableRow({ hover = false, className, ...props }: TableRowProps) {
  return <tr className={cx(hover && "hover:bg-muted/60", className) || undefined} {...props} />;
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
  secondary,
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
      className={cellClass({ numeric, sticky, size, secondary }, "font-medium", className ?? "")}
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
      className={cellClass({ sticky, size }, strong ? "font-medium" : "", className ?? "")}
      {...props}
    />
  );
}

export function TableCell({
  numeric,
  sticky,
  size,
  secondary,
  className,
  ...props
}: React.ComponentProps<"td"> & CellOptions) {
  return (
    <td className={cellClass({ numeric, sticky, size, secondary }, className ?? "")} {...props} />
  );
}
