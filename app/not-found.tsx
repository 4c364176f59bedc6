import Link from "next/link";
import { connection } from "next/server";

import { CitationFooter } from "@/components/site/citation-footer";
import { SimpleHeader } from "@/components/site/simple-header";
import { getHeldAsOf } from "@/lib/openrouter";

export default async function NotFound() {
  // Rendered per request, so the citation names the data held now.
  await connection();
  const asOf = await getHeldAsOf();
  return (
    <>
      <SimpleHeader />
      <main className="mx-auto flex max-w-6xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
        <p className="text-sm font-semibold text-muted-foreground">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="max-w-prose text-muted-foreground">
          There is no such page, task or model in the current data. Names change rarely, but a link
          to a task or model OpenRouter no longer reports ends here.
        </p>
        <Link
          href="/"
          className="rounded-md bg-foreground px-4 py-2 text-sm font-medium text-background focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Back to the overview
        </Link>
      </main>
      {asOf && <CitationFooter asOf={asOf} />}
    </>
  );
}
