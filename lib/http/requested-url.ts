// Set by proxy.ts on every request it lets through, read by app/not-found.tsx.
export const REQUESTED_URL_HEADER = "x-task-share-requested-url";

/** The ?as_of= a requested path asked for, and the same path with another date instead. */
export function requestedAsOf(pathAndQuery: string | null): {
  asOf: string | undefined;
  withAsOf: (asOf: string) => string;
} {
  const url = new URL(pathAndQuery ?? "/", "http://task-share.invalid");
  const asOf = url.searchParams.get("as_of") ?? undefined;
  return {
    asOf,
    withAsOf: (date) => {
      const next = new URL(url);
      next.searchParams.set("as_of", date);
      return `${next.pathname}${next.search}`;
    },
  };
}
