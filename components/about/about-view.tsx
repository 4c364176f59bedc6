import { citationFor, daysBetween, RANKINGS_URL } from "@/lib/model";
import { TitledSection } from "@/components/ui/titled-section";
import type { TaskDayView } from "@/lib/data";
import { TERMS, type TermKey } from "@/lib/glossary/terms";

// The page that says, once and in full, what the numbers are: what is sampled, what is left
// out, the window, the citation, which figures are estimates, rounding and where history comes
// from. Plain server-rendered text; the terms come from the same glossary as every header.

const GLOSSARY: TermKey[] = [
  "usageShare",
  "tokenShare",
  "tokenIntensity",
  "categoryUsageShare",
  "usageChange",
  "usageTrend",
  "macroCategory",
  "rank",
  "modelUsageInTask",
  "estUsageShare",
  "contribution",
  "taskMix",
  "providerShare",
  "window",
];

const LINK =
  "rounded text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-accent";

export function AboutView({ day }: { day: TaskDayView }) {
  const { snapshot, source } = day.classifications;
  const asOf = snapshot.asOf;
  const citation = citationFor(asOf);
  const stored = day.storedDates.filter((date) => date <= asOf);
  const first = stored[0];
  const span = first ? daysBetween(first, asOf) + 1 : 0;
  const missing = span - stored.length;

  return (
    <article aria-labelledby="about-title" className="flex max-w-prose flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 id="about-title" className="text-2xl font-semibold tracking-tight">
          About the data
        </h1>
        <p>
          Task Share republishes OpenRouter&rsquo;s task classification data: how requests sent
          through OpenRouter split across the tasks they were doing, and which models lead each
          task. This page says what those numbers are and are not. The data shown is as of{" "}
          <strong className="tabular-nums">{asOf}</strong>.
        </p>
      </header>

      <TitledSection level={2} id="about-sampled" title="What is sampled and classified">
        <p>
          OpenRouter takes a sample of the requests that pass through it and has a classifier label
          each one with a task (&ldquo;Code Generation&rdquo;, &ldquo;Tool Dispatch&rdquo;,
          &ldquo;Translation&rdquo;, …). Each task belongs to a macro-category (Code, Data, Agent,
          General, …). For every task it publishes the share of sampled requests and of their
          tokens, the task&rsquo;s share within its macro-category, and the share of the
          task&rsquo;s top models. Only shares are published, never counts: a task growing in share
          may be shrinking in volume.
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-excluded" title="What is left out">
        <ul className="list-disc pl-5">
          <li>
            Requests the classifier could not place (OpenRouter&rsquo;s &ldquo;other&rdquo; bucket):
            every share is of <em>classified</em> traffic, so the tasks sum to about 100% (rounding
            leaves 99.99% or 100.01%, shown as published).
          </li>
          <li>Requests outside the sample, and traffic that does not pass through OpenRouter.</li>
          <li>
            Models outside a task&rsquo;s top list: they are one &ldquo;other models&rdquo;
            remainder per task, not named.
          </li>
        </ul>
      </TitledSection>

      <TitledSection level={2} id="about-window" title="Each day is a seven-day window">
        <p>
          The figures for a day cover the trailing {snapshot.windowDays} days up to and including
          that date (UTC). The figures for {asOf} describe the seven days to {asOf}; the next
          day&rsquo;s drop the oldest of those days and add one new one. Consecutive days therefore
          share six of their seven days, so a change from one day to the next is small by
          construction and a sudden shift shows up gradually over a week. Compare days a week apart
          to compare windows that do not overlap.
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-citation" title="The citation">
        <p>
          OpenRouter asks that wherever its data is republished or quoted, this line goes with it:
        </p>
        <blockquote
          className="rounded-lg border border-border bg-card px-4 py-3 font-medium"
          data-testid="about-citation"
        >
          {citation}
        </blockquote>
        <p>
          The date is the <code className="font-mono text-sm">as_of</code> of the data shown, not
          the day you read it. Every page, chart export, CSV and JSON file from Task Share carries
          it; keep it with any figure, chart or table you copy, with the date of the data you
          copied. The source is{" "}
          <a href={RANKINGS_URL} className={LINK}>
            OpenRouter&rsquo;s rankings
          </a>
          .
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-estimates" title="Task Share's estimates (lower bounds)">
        <p>
          Task, macro-category and within-task model shares are OpenRouter&rsquo;s published
          figures. The shares of <strong>models</strong> and <strong>providers</strong> across all
          traffic are Task Share&rsquo;s own estimates: a model&rsquo;s contribution through a task
          is its share of the task times the task&rsquo;s share of all classified traffic, summed
          over the tasks that list it; a provider&rsquo;s is the sum over its models. A model also
          serves traffic in tasks whose top list leaves it out, which nobody can see, so every such
          estimate is a <strong>lower bound</strong>, shown as &ldquo;at least&rdquo;.
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-rounding" title="Rounding">
        <p>
          Shares are shown with one decimal (18.4%), changes in percentage points with one decimal
          (+0.4 pp) and token intensity with two (1.42×). CSV and JSON downloads and the API carry
          the full precision OpenRouter published, so sums and differences should be worked out from
          the files, not from the rounded figures on screen.
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-history" title="Where history comes from">
        <p>
          OpenRouter publishes only the latest day. Task Share stores each day it fetches (or an
          operator imports), and trends, changes and sparklines are drawn from those stored days
          alone. A day the server did not store is a gap: left blank in charts and empty in files,
          never filled in.{" "}
          <span data-testid="about-stored">
            {stored.length <= 1
              ? `This server has one stored day so far (${asOf}).`
              : `This server has ${stored.length} stored days from ${first} to ${asOf}${missingNote(missing)}.`}
          </span>
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-sample" title="Sample mode">
        <p>
          Without an OpenRouter API key the server shows a bundled, illustrative sample with a few
          weeks of generated history, labelled &ldquo;Sample data&rdquo; on every page. Its numbers
          are not OpenRouter&rsquo;s.{" "}
          {source === "sample"
            ? "This server is in sample mode now."
            : "This server is showing live data from OpenRouter."}
        </p>
      </TitledSection>

      <TitledSection level={2} id="about-terms" title="What the figures mean">
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {GLOSSARY.map((key) => (
            <div key={key} className="contents">
              <dt className="font-medium">{TERMS[key].label}</dt>
              <dd className="text-muted-foreground max-sm:mb-1">{TERMS[key].definition}</dd>
            </div>
          ))}
        </dl>
      </TitledSection>
    </article>
  );
}

function missingNote(missing: number): string {
  if (missing <= 0) return ", with no gaps";
  return missing === 1
    ? "; 1 day in that range is missing, drawn as a gap"
    : `; ${missing} days in that range are missing, drawn as gaps`;
}
