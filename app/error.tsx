"use client";

import Link from "next/link";

import { CitationFooter } from "@/components/site/citation-footer";
import { SimpleHeader } from "@/components/site/simple-header";

// Shown when a page cannot render at all (in practice: no data has ever been loaded and the
// upstream is failing). Never a stack trace: the cause is in the server log.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <>
      <SimpleHeader />
      <main className="mx-auto flex max-w-6xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
        <h1 className="text-2xl font-semibold tracking-tight">
          The data is not available right now
        </h1>
        <p className="max-w-prose text-muted-foreground">
          Task Share could not load OpenRouter&rsquo;s task classification data. This is usually
          brief: the server retries on its own. Try again in a moment.
        </p>
        <div className="flex gap-3">
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-foreground px-4 py-2 text-sm font-medium text-background focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          >
            Try again
          </button>
          <Link href="/" className="rounded-md border border-border px-4 py-2 text-sm font-medium">
            Overview
          </Link>
        </div>
      </main>
      <CitationFooter />
    </>
  );
}
