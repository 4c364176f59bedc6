import { useId } from "react";

import type { TermKey } from "@/lib/glossary/terms";

import { DefinedTerm, definitionOf } from "./defined-term";

/** One headline figure with its label and a line of context, as part of a <dl>. */
export function Stat({
  label,
  term,
  detail,
  value,
  note,
  change,
  testId,
}: {
  /** The figure's name; with a `term`, the glossary's label when left out. */
  label?: React.ReactNode;
  /** What the figure is: its definition opens on hover and focus, across the card. */
  term?: TermKey;
  /** A sentence about this figure's use of the term. */
  detail?: string;
  value: React.ReactNode;
  note: React.ReactNode;
  /** A further <dd>, e.g. the change since an earlier snapshot. */
  change?: React.ReactNode;
  testId?: string;
}) {
  const definitionId = useId();
  return (
    <div
      className="relative min-w-0 rounded-xl border border-border bg-card p-4 shadow-sm"
      data-testid={testId}
    >
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
        {term ? (
          <DefinedTerm term={term} describedBy={definitionId} detail={detail} placement="span">
            {label}
          </DefinedTerm>
        ) : (
          label
        )}
      </dt>
      <dd className="mt-1 text-2xl font-semibold break-words">{value}</dd>
      <dd className="mt-0.5 text-xs text-muted-foreground">{note}</dd>
      {change}
      {term && (
        <dd id={definitionId} hidden>
          {definitionOf(term, detail)}
        </dd>
      )}
    </div>
  );
}
