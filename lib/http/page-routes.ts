// Which paths are the app's pages, from the routes manifest Next writes at build time
// (.next/app-path-routes-manifest.json: "/tags/[tag]/page" → "/tags/[tag]"). The render cache
// takes every page by this one rule, so a page added later is cached without anyone listing it.
// What it leaves out, and why:
// - route handlers ("…/route": the API, link previews, feeds, exports, datapackage.json, the
//   icon): files with their own validators and lifetimes (conditional.ts), or images drawn per
//   request that browsers fetch as images, not documents;
// - Next's own error pages (/_not-found, /_global-error) and anything the manifest does not
//   name (a 404 is never kept anyway);
// - files in public/ and /_next/: served from disk with their own caching.
// No imports: server.ts bundles this without the app.

type RoutesManifest = Record<string, string>;

/** One route's URL pattern ("/models/[...id]") as a regular expression over a pathname. */
function routeExpression(route: string): string {
  if (route === "/") return "/";
  return route
    .split("/")
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
      if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
      if (/^\[.+\]$/.test(segment)) return "/[^/]+";
      return segment === "" ? "" : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
}

/** Whether a pathname is one of the app's pages (and not a route handler at the same path). */
export function pageMatcher(manifest: RoutesManifest): (pathname: string) => boolean {
  const pages: string[] = [];
  const handlers: string[] = [];
  for (const [entry, route] of Object.entries(manifest)) {
    if (route.startsWith("/_")) continue;
    if (entry.endsWith("/page")) pages.push(routeExpression(route));
    else if (entry.endsWith("/route")) handlers.push(routeExpression(route));
  }
  const anyOf = (expressions: string[]) =>
    expressions.length === 0 ? /(?!)/ : new RegExp(`^(?:${expressions.join("|")})$`);
  const page = anyOf(pages);
  const handler = anyOf(handlers);
  return (pathname) => page.test(pathname) && !handler.test(pathname);
}
