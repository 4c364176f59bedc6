import { citationFor, RANKINGS_URL } from "@/lib/citation";

export function CitationFooter({ asOf }: { asOf: string }) {
  return (
    <footer className="mt-12 border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-5 text-sm text-muted-foreground sm:px-6">
        <p data-testid="citation">{citationFor(asOf)}</p>
        <a
          href={RANKINGS_URL}
          className="rounded underline underline-offset-2 hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent"
        >
          OpenRouter rankings
        </a>
      </div>
    </footer>
  );
}
