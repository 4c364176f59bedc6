import { TERMS, type TermKey } from "@/lib/glossary/terms";

import { cx } from "./cx";

// A term's definition on hover and on keyboard focus with CSS alone (works before and without
// JavaScript), and for screen readers as the focusable element's description. The visible box is
// drawn from a data attribute (`.term-tip::after` in globals.css), not from a child element, so
// a header's text stays just its label: copied tables, accessible names and tests read
// "Intensity", not the sentence defining it. The description points at the same sentence in the
// page text: the table's "What the columns mean" list (TermList), or a figure's hidden <dd>.

/**
 * Where the definition opens: under the term, from its start or its end (right-aligned figures,
 * so it opens leftwards and stays on screen), or across the nearest positioned ancestor (a card),
 * so it never runs off a phone screen.
 */
export type TermPlacement = "start" | "end" | "span";

/** The definition of a term, with a sentence about this use of it (e.g. the comparison day). */
export function definitionOf(term: TermKey, detail?: string): string {
  return detail ? `${TERMS[term].definition} ${detail}` : TERMS[term].definition;
}

/** The props that make a wrapper show a definition while it is pointed at or focused. */
export function termTipProps(term: TermKey, placement: TermPlacement, detail?: string) {
  return {
    className: "term-tip",
    "data-tip": definitionOf(term, detail),
    "data-placement": placement,
  };
}

/** The dotted underline that says "this has a definition". */
export const DEFINED = "defined-term";

/** The id of a term's definition in the list under a table (TermList). */
export function termDefinitionId(tableId: string, term: TermKey): string {
  return `${tableId}-means-${term}`;
}

/** A term (a column header, a figure's label) that explains itself on hover and focus. */
export function DefinedTerm({
  term,
  describedBy,
  children,
  detail,
  placement = "start",
}: {
  term: TermKey;
  /** The id of the element holding the definition in the page text. */
  describedBy: string;
  /** The text shown; the glossary's label when left out. */
  children?: React.ReactNode;
  detail?: string;
  placement?: TermPlacement;
}) {
  return (
    <span {...termTipProps(term, placement, detail)}>
      <button
        type="button"
        aria-describedby={describedBy}
        className={cx(
          DEFINED,
          "rounded text-left [text-transform:inherit] focus-visible:outline-2 focus-visible:outline-accent",
        )}
        data-term={term}
      >
        {children ?? TERMS[term].label}
      </button>
    </span>
  );
}

/** "What the columns mean": every term of a table, defined in the page text, folded away. */
export function TermList({
  tableId,
  terms,
  summary = "What the columns mean",
  className,
}: {
  /** The table the terms belong to: its headers are described by these definitions. */
  tableId: string;
  terms: readonly TermKey[];
  summary?: string;
  className?: string;
}) {
  return (
    <details className={cx("text-sm", className)} data-testid="term-list" data-table={tableId}>
      <summary className="cursor-pointer rounded text-xs font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">
        {summary}
      </summary>
      <dl className="mt-2 grid max-w-prose gap-x-4 gap-y-1.5 sm:grid-cols-[max-content_1fr]">
        {[...new Set(terms)].map((key) => (
          <div key={key} className="contents">
            <dt className="font-medium">{TERMS[key].label}</dt>
            <dd id={termDefinitionId(tableId, key)} className="text-muted-foreground max-sm:mb-1">
              {TERMS[key].definition}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
