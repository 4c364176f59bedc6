// Which paths are the app's pages and which its route handlers, from the routes manifest Next
// writes at build time (.next/app-path-routes-manifest.json: "/tags/[tag]/page" → "/tags/[tag]").
// The render cache takes every route by this one rule, so a route added later is cached without
// anyone listing it: a page whenever it renders with a 200, a route handler's answer (the API,
// link previews, feeds, exports, datapackage.json) when the answer itself says it may be shared
// (Cache-Control: public; lib/http/cached-render.ts). What it leaves out, and why:
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

export type RouteKind = "page" | "handler";

/** Which kind of route a pathname is (a route handler wins over a page at the same path). */
export function routeMatcher(
  manifest: RoutesManifest,
): (pathname: string) => RouteKind | undefined {
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
  return (pathname) => {
    if (handler.test(pathname)) return "handler";
    return page.test(pathname) ? "page" : undefined;
  };
}
