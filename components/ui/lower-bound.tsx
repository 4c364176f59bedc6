import { formatPercent } from "@/lib/format";
import { ESTIMATE_NOTE } from "@/lib/derive/model-usage";

// Estimated shares count only the models a task's top list names, so they are lower bounds:
// every one is shown as "at least …", with the reason on hover and, via EstimateInfo, on focus.

/**
 * "at least 16.8%"; the reason shows on hover, unless the table it sits in gives it once (its
 * caption, its column's definition, the card's EstimateInfo): a long table of estimates would
 * otherwise carry the same sentence in every cell.
 */
export function LowerBound({ value, inTable = false }: { value: number; inTable?: boolean }) {
  return (
    <span
      className="whitespace-nowrap"
      title={inTable ? undefined : ESTIMATE_NOTE}
      data-lower-bound
    >
      <span className="text-[0.8em] font-normal text-muted-foreground">at least</span>{" "}
      {formatPercent(value)}
    </span>
  );
}

/**
 * A focusable "Why at least?" that reveals the explanation on hover, focus or tap; it is also
 * the button's accessible description. The explanation spans the nearest positioned ancestor
 * (give the surrounding card or paragraph `relative`), so it never runs off a phone screen.
 */
export function EstimateInfo({ id }: { id: string }) {
  return (
    <span className="group">
      <button
        type="button"
        aria-describedby={id}
        className="cursor-help rounded text-xs font-medium text-accent underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Why &ldquo;at least&rdquo;?
      </button>
      <span
        role="tooltip"
        id={id}
        className="absolute inset-x-0 z-20 mt-1.5 hidden max-w-sm rounded-lg border border-border bg-card p-3 text-xs font-normal tracking-normal text-foreground normal-case shadow-lg group-focus-within:block group-hover:block"
      >
        {ESTIMATE_NOTE}
      </span>
    </span>
  );
}
