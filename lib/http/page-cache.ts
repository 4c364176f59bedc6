// A micro-cache for rendered pages. Every page is rendered per request (its data lives in the
// store, not in the build), which costs tens of milliseconds of CPU; under load the same few
// URLs are rendered again and again with the same data. The proxy keeps each rendered page for
// a few seconds, keyed by the URL, the theme and the version of the data it shows, so a refresh
// or a failure is visible at once and relative times ("failed 12 s ago") stay near true.

export type RenderedPage = { status: number; headers: [string, string][]; body: Uint8Array };

type Entry = { expiresAt: number; page: Promise<RenderedPage> };

type PageCacheOptions = {
  ttlMs: number;
  /** Bounds memory: query strings are the visitor's to choose. Least recently used goes first. */
  maxEntries: number;
  now?: () => number;
};

export function createPageCache({ ttlMs, maxEntries, now = Date.now }: PageCacheOptions) {
  const entries = new Map<string, Entry>();

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  }

  return {
    /**
     * The page for `key`: cached, or rendered once however many requests ask at the same time.
     * Only a 200 is kept; any other answer (and a failed render) is passed on, not cached.
     */
    get(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now()) {
        remember(key, cached);
        return cached.page;
      }
      const page = render();
      remember(key, { expiresAt: now() + ttlMs, page });
      page.then(
        (rendered) => {
          if (rendered.status !== 200 && entries.get(key)?.page === page) entries.delete(key);
        },
        () => {
          if (entries.get(key)?.page === page) entries.delete(key);
        },
      );
      return page;
    },
    get size() {
      return entries.size;
    },
  };
}
