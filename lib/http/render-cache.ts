// The render cache's store: rendered pages by key, bounded by bytes, for a few seconds. Every
// page is rendered per request (its data lives in the store, not in the build), which costs tens
// of milliseconds of CPU; under load the same few URLs are rendered again and again with the
// same data. The key holds the data version, so new data or a new failure shows at once; the
// short lifetime keeps relative times ("failed 12 s ago") near true.

export type RenderedPage = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** The body gzipped, for clients that accept it. */
  gzipped: Buffer;
};

type Entry = { page: RenderedPage; bytes: number; expiresAt: number };

export type RenderCacheOptions = {
  ttlMs: number;
  /** Bounds memory: query strings are the visitor's to choose. */
  maxBytes: number;
  now?: () => number;
};

/** What the key of a rendered page is made of: everything the HTML depends on. */
export type PageKey = {
  /** Path and query as requested, the same for GET and HEAD. */
  path: string;
  /** "light", "dark" or "system": `?theme=` or the theme cookie. */
  theme: string;
  /** Scheme and host as the pages see them: link previews name their images by it. */
  origin: string;
  /** The data layer's version of what pages show. */
  dataVersion: string;
};

export function pageKey({ path, theme, origin, dataVersion }: PageKey): string {
  return JSON.stringify([dataVersion, origin, theme, path]);
}

function sizeOf(key: string, page: RenderedPage): number {
  const headers = page.headers.reduce(
    (total, [name, value]) => total + name.length + value.length,
    0,
  );
  return key.length * 2 + headers * 2 + page.body.byteLength + page.gzipped.byteLength;
}

export function createRenderCache({ ttlMs, maxBytes, now = Date.now }: RenderCacheOptions) {
  // In insertion order. Every entry lives equally long, so the oldest is also the first to
  // expire: dropping expired entries only ever looks at the front, and when the byte bound is
  // reached the entries nearest their end go first.
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<RenderedPage | undefined>>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  function dropExpired() {
    const at = now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at) break;
      remove(key);
    }
  }

  function store(key: string, page: RenderedPage) {
    remove(key);
    const size = sizeOf(key, page);
    if (size > maxBytes) return;
    for (const oldest of entries.keys()) {
      if (bytes + size <= maxBytes) break;
      remove(oldest);
    }
    entries.set(key, { page, bytes: size, expiresAt: now() + ttlMs });
    bytes += size;
  }

  return {
    /** The cached page for `key`, if it has not expired. */
    get(key: string): RenderedPage | undefined {
      dropExpired();
      return entries.get(key)?.page;
    },

    /**
     * Renders `key` once however many requests miss it at the same time: the first caller's
     * `render` runs, later callers get its promise. A 200 is kept; anything else (undefined: not
     * recorded, or a failed render) is handed on and not cached.
     */
    render(
      key: string,
      render: () => Promise<RenderedPage | undefined>,
    ): { page: Promise<RenderedPage | undefined>; first: boolean } {
      const pending = rendering.get(key);
      if (pending) return { page: pending, first: false };
      const page = render()
        .then((rendered) => {
          if (rendered?.status === 200) store(key, rendered);
          return rendered;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, page);
      return { page, first: true };
    },

    /** Drops what has expired; the server calls this on a timer so an idle cache lets go. */
    dropExpired,

    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}

export type RenderCache = ReturnType<typeof createRenderCache>;
