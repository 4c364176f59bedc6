import Link from "next/link";
import { connection } from "next/server";

import { CitationFooter } from "@/components/site/citation-footer";
import { SimpleHeader } from "@/components/site/simple-header";
import { getSnapshotView } from "@/lib/data";
import { requestedPage } from "@/lib/http/requested-page";
import { aboutHref } from "@/lib/url-state/about-params";
import { asOfOf, pinnedDayOf, withAsOf } from "@/lib/url-state/as-of";

export default async function NotFound() {
  // Rendered per request, so the citation names the day the page asked for, or the latest.
  await connection();
  const requested = await requestedPage();
  const asked = pinnedDayOf(asOfOf(requested));
  const day = await getSnapshotView({ pinnedDay: asked }).catch(() => undefined);
  const missing = day?.found === false ? day : undefined;
  const latest = missing
    ? await getSnapshotView({ pinnedDay: null }).catch(() => undefined)
    : undefined;
  const cited = day?.found ? day : latest?.found ? latest : undefined;
  const missingDate = missing?.date;
  const nearest = missing?.nearest ?? [];

  return (
    <>
      <SimpleHeader />
      <main className="mx-auto flex max-w-6xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
        <p className="text-sm font-semibold text-muted-foreground">404</p>
        {missingDate ? (
          <>
            <h1 className="text-2xl font-semibold tracking-tight">
              No snapshot is stored for {missingDate}
            </h1>
            <p className="max-w-prose text-muted-foreground">
              This server keeps one snapshot per day it fetched or imported, and has none for that
              date.
              {nearest.length > 0 ? " The nearest stored dates:" : " It has no stored dates yet."}
            </p>
            {nearest.length > 0 && (
              <ul className="flex flex-wrap gap-2 tabular-nums" data-testid="nearest-dates">
                {nearest.map((nearDate) => (
                  <li key={nearDate}>
                    {/* A full page load: a client-side move from a not-found boundary keeps the 404 shown. */}
                    <a
                      href={withAsOf(`${requested.pathname}${requested.search}`, nearDate)}
                      data-full-load
                      className="inline-flex min-h-9 items-center rounded-md border border-border bg-card px-3 py-1.5 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-accent"
                    >
                      {nearDate}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
            <p className="max-w-prose text-muted-foreground">
              There is no such page, task or model in the current data. Names change rarely, but a
              link to a task or model OpenRouter no longer reports ends here.
            </p>
          </>
        )}
        <Link
          href="/"
          className="rounded-md bg-foreground px-4 py-2 text-sm font-medium text-background focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Back to the overview
        </Link>
      </main>
      <CitationFooter
        cited={
          cited && {
            asOf: cited.classifications.snapshot.asOf,
            source: cited.classifications.source,
          }
        }
        aboutHref={aboutHref({ asOf: day?.found && asked ? asked : null })}
      />
    </>
  );
}
