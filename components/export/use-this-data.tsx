import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { ServerMarkup } from "@/components/ui/server-markup";
import { IN_TEXT_LINK, TEXT_LINK } from "@/components/ui/text-link";
import { snippetsFor, type DataRecipe } from "@/lib/export/snippets";
import { getSiteUrl } from "@/lib/http/site-url";

import { CopyButton } from "./copy-button";
import { SnippetList } from "./snippet-list";

/**
 * "Use this data": the view's data URL and snippets loading exactly its rows in pandas, R and
 * curl, on a <details> so it opens and its text selects without JavaScript. Its copy buttons
 * are static markup too (the page has one copy listener), so the panel is sent once. URLs are
 * absolute (SITE_URL or the request's origin): a notebook has no page.
 */
export async function UseThisData({
  recipe,
  title,
  fileStem,
}: {
  recipe: DataRecipe;
  /** What the chart shows, to name the panel for screen readers. */
  title: string;
  fileStem: string;
}) {
  const origin = (await getSiteUrl()).origin;
  const url = new URL(recipe.path, origin).toString();
  const snippets = snippetsFor(recipe, origin, fileStem);
  return (
    <DisclosureMenu
      className="group print:hidden"
      data-testid="use-this-data"
      summary={
        <summary className="inline-flex min-h-9 cursor-pointer list-none items-center gap-1.5 rounded-md border border-border bg-card px-3 py-1.5 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
          Use this data
          <span aria-hidden className="text-xs text-muted-foreground group-open:rotate-180">
            ▾
          </span>
          <span className="sr-only">: load {title} in a notebook</span>
        </summary>
      }
    >
      <ServerMarkup>
        <div className="absolute left-0 z-20 mt-1 flex w-[min(34rem,calc(100vw-3rem))] sm:right-0 sm:left-auto flex-col gap-3 rounded-lg border border-border bg-card p-3 text-sm shadow-lg">
          <div className="flex flex-col gap-1" data-copy-block>
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">Data URL</span>
              <CopyButton label="Copy the data URL" />
            </div>
            <a
              href={url}
              className={`${TEXT_LINK} font-mono text-xs break-all`}
              data-testid="data-url"
              data-copy-text
            >
              {url}
            </a>
          </div>
          <SnippetList snippets={snippets} />
          <p className="text-xs text-muted-foreground">
            Every row carries its citation. The whole API:{" "}
            <a href="/api" className={IN_TEXT_LINK}>
              /api
            </a>
            .
          </p>
        </div>
      </ServerMarkup>
    </DisclosureMenu>
  );
}
