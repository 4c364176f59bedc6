import { ChartExportMenu } from "@/components/export/chart-export-menu";
import { HistoryBar } from "@/components/history/history-bar";
import { TitledSection } from "@/components/ui/titled-section";
import { Card } from "@/components/ui/card";
import { ModelLink } from "@/components/ui/model-link";
import { TEXT_LINK, TextLink } from "@/components/ui/text-link";
import type { TaskDayView } from "@/lib/data";
import type { Digest } from "@/lib/derive/digest";
import { tagHref } from "@/lib/derive/tags";
import { chartExport } from "@/lib/export/chart-export";
import { moveRows } from "@/lib/export/rows";
import type { DataSource } from "@/lib/model";
import { formatCountOf, formatPercent } from "@/lib/format";
import { viewHref, type ViewState } from "@/lib/url-state/view-params";

import { MovesTable } from "./moves-table";

// Links inside a sentence are underlined: colour alone would not tell them from the text.
const IN_TEXT = "underline";

/** The most moves a page lists before "within normal variation". */
const SHOWN_MOVES = 12;

export function changesHref(view: Partial<ViewState>): string {
  return viewHref("/changes", view);
}

/** What changed on a day against an earlier stored one, as news, each line linked to its view. */
export function ChangesView({ day, view }: { day: TaskDayView; view: ViewState }) {
  const { comparison } = day.history.compare(view.vs);
  const digest = comparison && day.history.digest(comparison.key);
  const history = { ...view, vs: comparison?.key ?? view.vs };
  return (
    <>
      <TitledSection id="changes-title" title={`What changed on ${day.history.asOf}`}>
        {comparison ? (
          <p className="max-w-prose" data-testid="changes-summary">
            {day.history.asOf} compared with {comparison.baseAsOf} (
            {formatCountOf(comparison.days, "day")} earlier). Each day is{" "}
            {day.classifications.source === "sample"
              ? "an illustrative sample day standing for a trailing seven-day window"
              : "OpenRouter’s trailing seven-day window"}
            , so consecutive days share six days of data and most moves are small. A move counts as
            news when it is larger than that share&rsquo;s usual move over the same number of days:
            the median of its absolute changes between stored days that far apart (at least three
            pairs). Smaller moves are listed as within normal variation, as are moves that round to
            0.0 pp. Subscribe to every day&rsquo;s changes with the{" "}
            {/* A file, not a view: a plain link, so Next neither prefetches nor routes it. */}
            <a href="/feed.xml" className={`${TEXT_LINK} ${IN_TEXT}`}>
              Atom feed
            </a>
            , or to one task&rsquo;s at <code>/tags/&#123;task&#125;/feed.xml</code>.
          </p>
        ) : (
          <p className="max-w-prose" data-testid="changes-summary">
            Only one day is stored up to {day.history.asOf}: changes start with the second.
          </p>
        )}
      </TitledSection>
      <HistoryBar
        day={day}
        history={history}
        hrefFor={(next) => changesHref({ ...view, ...next })}
      />
      {digest && <DigestCards digest={digest} view={history} source={day.classifications.source} />}
    </>
  );
}

function DigestCards({
  digest,
  view,
  source,
}: {
  digest: Digest;
  view: ViewState;
  source: DataSource;
}) {
  const news = digest.moves.filter((move) => move.verdict !== "normal");
  const normal = digest.moves.filter((move) => move.verdict === "normal");
  const pinned = { ...view, asOf: digest.asOf };
  return (
    <>
      <Card
        title="Biggest moves"
        titleId="moves-title"
        actions={
          <ChartExportMenu
            figureId="notable-moves"
            chart={chartExport({
              what: ["changes", "since", digest.baseAsOf],
              title: `What changed, ${digest.baseAsOf} to ${digest.asOf}`,
              subtitle: "Every share that moved, news first; percentage points (pp)",
              asOf: digest.asOf,
              legend: [],
              permalink: changesHref({ ...view, asOf: digest.asOf }),
              source,
              view: { vs: view.vs },
              ...moveRows(digest.moves),
            })}
            formats={["csv", "json"]}
          />
        }
        description={`Shares of classified requests and tokens, ${digest.baseAsOf} → ${digest.asOf}, in percentage points (pp); news first, ordered by how many of its share's usual moves each is (not by size), then by size`}
      >
        {news.length > 0 ? (
          <MovesTable
            id="notable-moves"
            caption={`Moves beyond the usual, ${digest.baseAsOf} to ${digest.asOf}`}
            moves={news.slice(0, SHOWN_MOVES)}
            history={pinned}
          />
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="no-notable-moves">
            No share moved more than it usually does over {formatCountOf(digest.days, "day")}.
          </p>
        )}
        {normal.length > 0 && (
          <details className="mt-4 text-sm" data-testid="normal-moves">
            <summary className="cursor-pointer font-medium">
              {formatCountOf(normal.length, "move")} within normal variation
            </summary>
            <div className="mt-3">
              <MovesTable
                id="normal-moves-table"
                caption="Moves within the usual movement of each share"
                moves={normal}
                history={pinned}
              />
            </div>
          </details>
        )}
      </Card>
      <Card
        title="Tasks and leaders"
        titleId="lists-title"
        description="Who leads each task, and which tasks and models came or went"
      >
        <ul className="flex flex-col gap-2 text-sm" data-testid="list-changes">
          {digest.newTasks.map((tag) => (
            <li key={`new:${tag.tag}`}>
              New task <TaskLink tag={tag.tag} label={tag.displayName} view={pinned} />:{" "}
              {formatPercent(tag.usageShare)} of requests, {formatPercent(tag.tokenShare)} of
              tokens.
            </li>
          ))}
          {digest.goneTasks.map((tag) => (
            <li key={`gone:${tag.tag}`}>
              {tag.displayName} is no longer listed (it had {formatPercent(tag.usageShare)} of
              requests on {digest.baseAsOf}).
            </li>
          ))}
          {digest.newLeaders.map((leader) => (
            <li key={`leader:${leader.tag}`}>
              New leader in <TaskLink tag={leader.tag} label={leader.label} view={pinned} />:{" "}
              <ModelLink id={leader.to} className={IN_TEXT} inline /> (was{" "}
              <ModelLink id={leader.from} className={IN_TEXT} inline />
              ).
            </li>
          ))}
          {[
            ...digest.entered.map((item) => ({ ...item, verb: "entered" })),
            ...digest.left.map((item) => ({ ...item, verb: "left" })),
          ].map((item) => (
            <li key={`${item.verb}:${item.tag}:${item.model}`}>
              <ModelLink id={item.model} className={IN_TEXT} inline /> {item.verb} the top list of{" "}
              <TaskLink tag={item.tag} label={item.label} view={pinned} />.
            </li>
          ))}
          {digest.newTasks.length +
            digest.goneTasks.length +
            digest.newLeaders.length +
            digest.entered.length +
            digest.left.length ===
            0 && (
            <li className="text-muted-foreground">No task came or went, and every leader held.</li>
          )}
        </ul>
      </Card>
    </>
  );
}

/** A task named in a sentence, linked to its drill-down on the same day and comparison. */
function TaskLink({ tag, label, view }: { tag: string; label: string; view: ViewState }) {
  return (
    <TextLink href={tagHref(tag, view)} className={IN_TEXT}>
      {label}
    </TextLink>
  );
}
