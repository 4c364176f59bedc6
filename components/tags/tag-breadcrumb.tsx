import Link from "next/link";

import type { TagShare } from "@/lib/openrouter/types";
import { overviewHref } from "@/lib/url-state/overview-params";
import { viewHref, type ViewState } from "@/lib/url-state/view-params";

/** Overview / macro-category / task, each level a link that keeps the view settings. */
export function TagBreadcrumb({
  tag,
  macroLabel,
  view,
}: {
  tag: TagShare;
  macroLabel: string;
  view: ViewState;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground print:hidden">
      <ol className="flex flex-wrap items-center gap-1.5">
        <li>
          <Link
            href={viewHref("/", view)}
            className="rounded text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent"
          >
            Overview
          </Link>
        </li>
        <li aria-hidden>/</li>
        <li>
          <Link
            href={overviewHref({ ...view, macro: tag.macroCategory })}
            className="rounded text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent"
          >
            {macroLabel}
          </Link>
        </li>
        <li aria-hidden>/</li>
        <li aria-current="page" className="max-w-full truncate">
          {tag.displayName}
        </li>
      </ol>
    </nav>
  );
}
