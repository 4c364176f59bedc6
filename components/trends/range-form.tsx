import { SegmentLabel } from "@/components/ui/segmented-links";
import { SubmitButton } from "@/components/ui/submit-button";

type RangeFormProps = {
  action: string;
  /** The view's other settings, kept as hidden fields so the form changes only the range. */
  keep: Record<string, string>;
  from: string;
  to: string;
  first: string;
  last: string;
};

/**
 * The date range as a plain GET form: works without JavaScript and lands on a permalink. The
 * days are typed as ISO dates (as every date on the site is written), not in a date picker
 * that shows them in the browser's locale ("12/30/2024").
 */
export function RangeForm({ action, keep, from, to, first, last }: RangeFormProps) {
  const input =
    "min-h-9 w-[11ch] box-content rounded-md border border-border bg-card px-2 py-1 tabular-nums focus-visible:outline-2 focus-visible:outline-accent";
  const day = {
    type: "text",
    inputMode: "numeric",
    pattern: "\\d{4}-\\d{2}-\\d{2}",
    placeholder: "YYYY-MM-DD",
    title: `A day as YYYY-MM-DD, ${first} to ${last}`,
    autoComplete: "off",
    className: input,
  } as const;
  return (
    <form action={action} method="get" className="flex flex-col" aria-label="Date range">
      <SegmentLabel>Dates</SegmentLabel>
      <div className="flex flex-wrap items-end gap-2">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex items-center gap-1.5">
          <span>From</span>
          <input {...day} name="from" defaultValue={from} />
        </label>
        <label className="flex items-center gap-1.5">
          <span>to</span>
          <input {...day} name="to" defaultValue={to} />
        </label>
        <SubmitButton>Show</SubmitButton>
      </div>
    </form>
  );
}
