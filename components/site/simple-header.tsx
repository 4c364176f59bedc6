import Link from "next/link";

import { SearchBox } from "./search-box";
import { SiteNav } from "./site-nav";

/** The header of pages that show no data (404, errors). */
export function SimpleHeader() {
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 pt-4 pb-3 sm:px-6">
        <Link
          href="/"
          className="rounded text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-accent"
        >
          Task Share
        </Link>
        <SearchBox className="w-full sm:w-72" />
      </div>
      <SiteNav />
    </header>
  );
}
