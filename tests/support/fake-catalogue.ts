import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

// OpenRouter's model catalogue (GET {base}/models) for the fake upstream, paged as upstream
// pages it (offset, limit, links.next, total_count) but a few models a page, so every client
// walks several pages. Its calls are counted apart from the classification calls, which the
// refresh tests count. Steered through the fake upstream's control port:
//   POST /catalogue        {"fault": {"status": 500, "body"?: "…"}} or {"fault": null} (serve again)
//   GET  /catalogue/calls  → [{ "path", "authorization", "at" }]

export const CATALOGUE_FIXTURE = "catalogue.json";
const PAGE_SIZE = 6;

type Fault = { status: number; body: string };
export type CatalogueCall = { path: string; authorization: string | null; at: number };

export type FakeCatalogue = {
  /** Answers the request if it asks for the catalogue; false leaves it to the caller. */
  serve(url: URL, request: IncomingMessage, response: ServerResponse): boolean;
  /** Handles a control request under /catalogue; false leaves it to the caller. */
  control(url: URL, body: () => Promise<string>, response: ServerResponse): Promise<boolean>;
};

export function readCatalogueModels(): unknown[] {
  const text = readFileSync(path.join(__dirname, "..", "fixtures", CATALOGUE_FIXTURE), "utf8");
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== "object" || parsed === null || !("data" in parsed)) {
    throw new Error(`${CATALOGUE_FIXTURE} has no data`);
  }
  const { data } = parsed;
  if (!Array.isArray(data)) throw new Error(`${CATALOGUE_FIXTURE} data is not a list`);
  return data;
}

/** One page of the catalogue, as upstream shapes it. */
export function cataloguePage(models: unknown[], search: URLSearchParams, apiPrefix: string) {
  const offset = Math.max(0, Number(search.get("offset") ?? 0) || 0);
  const limit = Math.min(Math.max(1, Number(search.get("limit") ?? 500) || 500), PAGE_SIZE);
  const next = offset + limit < models.length;
  return {
    data: models.slice(offset, offset + limit),
    links: { next: next ? `${apiPrefix}/models?offset=${offset + limit}&limit=${limit}` : null },
    total_count: models.length,
  };
}

export function createFakeCatalogue(
  apiPrefix: string,
  initial: { fault?: Fault } = {},
): FakeCatalogue {
  const models = readCatalogueModels();
  let fault = initial.fault;
  // Never cleared (not even by the fake's /reset): the calls over a server's whole life count.
  const calls: CatalogueCall[] = [];

  const send = (response: ServerResponse, status: number, body: string) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(body);
  };

  return {
    serve(url, request, response) {
      if (url.pathname !== `${apiPrefix}/models` || request.method !== "GET") return false;
      calls.push({
        path: `${url.pathname}${url.search}`,
        authorization: request.headers.authorization ?? null,
        at: Date.now(),
      });
      if (fault) send(response, fault.status, fault.body);
      else send(response, 200, JSON.stringify(cataloguePage(models, url.searchParams, apiPrefix)));
      return true;
    },
    async control(url, body, response) {
      if (url.pathname === "/catalogue/calls") {
        send(response, 200, JSON.stringify(calls));
        return true;
      }
      if (url.pathname !== "/catalogue") return false;
      const steer: unknown = JSON.parse(await body());
      const asked = typeof steer === "object" && steer !== null && "fault" in steer && steer.fault;
      fault =
        typeof asked === "object" && asked !== null && "status" in asked
          ? {
              status: Number(asked.status),
              body: "body" in asked && typeof asked.body === "string" ? asked.body : "",
            }
          : undefined;
      send(response, 200, JSON.stringify({ ok: true }));
      return true;
    },
  };
}

/** The catalogue fixture's display name of a dated slug, if it lists it. */
export function catalogueName(slug: string): string | undefined {
  for (const model of readCatalogueModels()) {
    if (typeof model !== "object" || model === null) continue;
    if (!("canonical_slug" in model) || model.canonical_slug !== slug) continue;
    return "name" in model && typeof model.name === "string" ? model.name : undefined;
  }
  return undefined;
}

/** A model as a table cell or link reads: its name, then its slug; an unlisted one, the slug. */
export function shownAs(slug: string): string {
  const name = catalogueName(slug);
  return name ? `${name} ${slug}` : slug;
}

/**
 * Waits until a server holds the catalogue: it loads in the background after start, and pages
 * show slugs until then (by design: they never wait for it).
 */
export async function waitForCatalogue(appUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${appUrl}/api/models`).catch(() => undefined);
    const body: unknown = response?.ok ? await response.json() : undefined;
    const source =
      typeof body === "object" && body !== null && "catalogue" in body
        ? JSON.stringify(body.catalogue)
        : "";
    if (source.includes('"source":"live"')) return;
    if (Date.now() > deadline) throw new Error(`${appUrl} did not load the model catalogue`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
