import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { ServerMarkup } from "@/components/ui/server-markup";
import { DisabledSegment, Segment, SegmentLabel } from "@/components/ui/segmented-links";
import { TextLink } from "@/components/ui/text-link";
import type { TaskDayView } from "@/lib/data";
import {
  COMPARISON_KEYS,
  COMPARISON_LABELS,
  describeComparison,
  isComparisonKey,
} from "@/lib/derive/comparisons";
import { HISTORY_WINDOW_DAYS } from "@/lib/derive/history-set";
import { AS_OF_PARAM } from "@/lib/url-state/as-of";
import type { HistoryState } from "@/lib/url-state/view-params";

type HistoryBarProps = {
  /** The day shown, its history and every stored date. */
  day: TaskDayView;
  history: HistoryState;
  /** This page's URL with other history settings (its own view settings kept). */
  hrefFor: (history: HistoryState) => string;
  /** Shown beside the permalink, e.g. download links. */
  actions?: React.ReactNode;
};

/**
 * Which snapshot the page shows (the stored dates the charts cover as plain links, any earlier
 * one by a date field), what changes are measured against, and a permalink that pins the date shown so a wiki link never drifts.
 */
export function HistoryBar({ day, history, hrefFor, actions }: HistoryBarProps) {
  const { storedDates, pinned } = day;
  const { asOf, comparisons } = day.history;
  // A comparison asked for by date (?vs=2026-11-16) shows beside the presets, naming its day.
  const byDay = isComparisonKey(history.vs)
    ? undefined
    : day.history.compare(history.vs).comparison;
  const latest = storedDates.at(-1);
  const first = storedDates[0];
  // The list names the days the charts cover; any older day is a date to type or pick.
  const listed = [...storedDates].reverse().slice(0, HISTORY_WINDOW_DAYS);
  const more = storedDates.length - listed.length;
  const older =
    more > 0 && first && latest ? (
      <EarlierDayForm
        href={hrefFor({ ...history, asOf: latest })}
        first={first}
        latest={latest}
        more={more}
      />
    ) : null;
  return (
    <div className="flex flex-col gap-3">
      {pinned && (
        <p
          role="note"
          data-testid="pinned-banner"
          className="flex flex-wrap items-center gap-x-2 rounded-lg border border-accent/40 bg-card px-4 py-2 text-sm"
        >
          <span>
            <strong className="font-semibold">Pinned to {asOf}</strong>: this is the snapshot stored
            for that day, exactly as it was.
          </span>
          <span aria-hidden>·</span>
          <TextLink href={hrefFor({ ...history, asOf: null })}>View latest</TextLink>
        </p>
      )}
      <div className="flex flex-col gap-3 text-sm md:flex-row md:items-end md:justify-between">
        <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
          <div>
            <SegmentLabel>Snapshot</SegmentLabel>
            <DisclosureMenu
              className="group relative"
              data-testid="date-picker"
              summary={
                <summary className="inline-flex min-h-9 cursor-pointer list-none items-center gap-2 rounded-md border border-border bg-card px-3 py-1.5 font-medium tabular-nums hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
                  {asOf}
                  {asOf === latest && <span className="text-muted-foreground">(latest)</span>}
                  <span aria-hidden className="text-xs text-muted-foreground group-open:rotate-180">
                    ▾
                  </span>
                  <span className="sr-only">
                    : choose another of {storedDates.length} stored dates
                  </span>
                </summary>
              }
            >
              <nav
                aria-label="Stored snapshot dates"
                className="absolute left-0 z-10 mt-1 max-h-72 w-56 overflow-y-auto rounded-md border border-border bg-card p-1 shadow-lg"
              >
                {/* Ninety dates are ninety links: static markup, one short class each. */}
                <ServerMarkup>
                  <ul className="date-list grid grid-cols-1 tabular-nums">
                    {listed.map((date) => (
                      <li key={date}>
                        <a
                          href={hrefFor({ ...history, asOf: date === latest ? null : date })}
                          aria-current={date === asOf ? "true" : undefined}
                        >
                          {date}
                          {date === latest && (
                            <span className="text-muted-foreground"> · latest</span>
                          )}
                        </a>
                      </li>
                    ))}
                  </ul>
                  {older}
                </ServerMarkup>
              </nav>
            </DisclosureMenu>
          </div>
          {comparisons.length > 0 && (
            <nav aria-label="Compare with">
              <SegmentLabel>Change since</SegmentLabel>
              <ul className="flex flex-wrap gap-1.5">
                {COMPARISON_KEYS.map((key) => {
                  const comparison = comparisons.find((candidate) => candidate.key === key);
                  return (
                    <li key={key}>
                      {comparison ? (
                        <Segment
                          href={hrefFor({ ...history, vs: key })}
                          active={history.vs === key}
                        >
                          <span title={describeComparison(comparison)}>
                            {COMPARISON_LABELS[key]}
                          </span>
                        </Segment>
                      ) : (
                        <DisabledSegment
                          reason={`no snapshot stored ${COMPARISON_LABELS[key].toLowerCase()} earlier`}
                        >
                          {COMPARISON_LABELS[key]}
                        </DisabledSegment>
                      )}
                    </li>
                  );
                })}
                {!isComparisonKey(history.vs) && byDay && (
                  <li>
                    <Segment href={hrefFor(history)} active>
                      <span title={describeComparison(byDay)}>Since {byDay.baseAsOf}</span>
                    </Segment>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <TextLink
            href={hrefFor({ ...history, asOf })}
            data-testid="permalink"
            title="A link to exactly this snapshot, which will not change when newer data arrives"
          >
            Permalink to {asOf}
          </TextLink>
          {actions}
        </div>
      </div>
    </div>
  );
}

/**
 * A day before the listed ones, typed or picked: a plain GET form to this page (`href`, this
 * view at some day) with the view's other settings kept as hidden fields. A day with no
 * snapshot lands on the not-found page, which names the nearest stored ones.
 */
function EarlierDayForm({
  href,
  first,
  latest,
  more,
}: {
  href: string;
  first: string;
  latest: string;
  more: number;
}) {
  const target = new URL(href, "http://task-share.invalid");
  target.searchParams.delete(AS_OF_PARAM);
  return (
    <form action={target.pathname} method="get" className="border-t border-border p-2">
      {[...target.searchParams].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col gap-1 text-xs text-muted-foreground">
        An earlier day ({more} more stored)
        <span className="flex gap-1.5">
          <input
            type="date"
            name={AS_OF_PARAM}
            min={first}
            max={latest}
            required
            className="min-w-0 flex-1 rounded-md border border-border bg-card px-2 py-1 text-sm text-foreground"
          />
          <button
            type="submit"
            className="rounded-md border border-border bg-muted px-2 py-1 text-sm font-medium text-foreground"
          >
            Go
          </button>
        </span>
      </label>
    </form>
  );
}
