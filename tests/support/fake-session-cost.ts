import type { ServerResponse } from "node:http";

// OpenRouter's session-cost dataset (GET {base}/datasets/session-cost) for the fake upstream, as
// DATA-API.md documents it: `app_slug`, `model` and `turn_range` filters, `limit` 1 to 500 and
// `offset`, paged until a page comes back shorter than the limit. Its snapshot has 620 cells, so
// a client needs two pages of 500; among them a hostile harness name, one far past any real
// name's length, and medians with long fractions. Steered through the fake's control port:
//   POST /session-cost  {"unpublished": true} (null window, no cells), {"fault": {"status", "body"}},
//                       or {} (serve the snapshot again)

export const SESSION_COST_PATH = "/datasets/session-cost";
export const SESSION_COST_AS_OF = "2026-11-19T02:00:00Z";
export const SESSION_COST_WINDOW = { window_days: 30, window_end_date: "2026-11-18" };

const TURN_RANGES = ["1-turn", "2-9-turns", "10-49-turns", "50-plus-turns"] as const;
const MODELS = [
  "anthropic/claude-opus-5.5-20260921",
  "openai/gpt-6-astra-20260903",
  "google/gemini-3.5-pro-20261015",
  "deepseek/deepseek-v4-20260812",
  "vendor-x/unlisted-model-20260101",
];
export const HOSTILE_HARNESS = `<img src=x onerror=alert(1)> "Agent" & co`;
export const LONG_HARNESS = "L".repeat(150_000);

export type SessionCostCell = {
  app_name: string;
  app_slug: string;
  median_session_cost_usd: number;
  model_permaslug: string;
  turn_range: (typeof TURN_RANGES)[number];
};

/** The snapshot's cells, in upstream's order: 31 harnesses × 5 models × 4 turn ranges. */
export function sessionCostCells(): SessionCostCell[] {
  const cells: SessionCostCell[] = [];
  for (let app = 0; app < 31; app += 1) {
    const name = app === 0 ? HOSTILE_HARNESS : app === 1 ? LONG_HARNESS : `Harness ${app}`;
    MODELS.forEach((model, modelIndex) => {
      TURN_RANGES.forEach((turn_range, turnIndex) => {
        // Medians as upstream sends them: some round cents, some long fractions.
        const median = Number(((app + 1) * (modelIndex + 1) * 10 ** turnIndex * 0.0137).toFixed(6));
        cells.push({
          app_name: name,
          app_slug: `harness-${app}`,
          median_session_cost_usd: median,
          model_permaslug: model,
          turn_range,
        });
      });
    });
  }
  return cells;
}

type Fault = { status: number; body: string };

export function createFakeSessionCost() {
  const cells = sessionCostCells();
  let unpublished = false;
  let fault: Fault | undefined;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  return {
    serve(url: URL, response: ServerResponse) {
      if (fault) return send(response, fault.status, fault.body);
      const search = url.searchParams;
      const limit = Number(search.get("limit") ?? 100);
      const offset = Number(search.get("offset") ?? 0);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
        return send(response, 400, { error: { code: 400, message: "limit must be 1 to 500" } });
      }
      if (!Number.isInteger(offset) || offset < 0) {
        return send(response, 400, { error: { code: 400, message: "offset must be 0 or more" } });
      }
      const turn = search.get("turn_range");
      if (turn !== null && !(TURN_RANGES as readonly string[]).includes(turn)) {
        return send(response, 400, { error: { code: 400, message: "unknown turn_range" } });
      }
      const meta = unpublished
        ? { as_of: SESSION_COST_AS_OF, version: "v1", window_days: null, window_end_date: null }
        : { as_of: SESSION_COST_AS_OF, version: "v1", ...SESSION_COST_WINDOW };
      const matching = unpublished
        ? []
        : cells.filter(
            (cell) =>
              (!search.has("app_slug") || cell.app_slug === search.get("app_slug")) &&
              (!search.has("model") || cell.model_permaslug === search.get("model")) &&
              (turn === null || cell.turn_range === turn),
          );
      send(response, 200, { data: matching.slice(offset, offset + limit), meta });
    },
    control(pathname: string, body: string): boolean {
      if (pathname !== "/session-cost") return false;
      const steer = JSON.parse(body || "{}") as { unpublished?: boolean; fault?: Fault | null };
      unpublished = steer.unpublished === true;
      fault = steer.fault
        ? { status: steer.fault.status, body: steer.fault.body ?? "" }
        : undefined;
      return true;
    },
    reset() {
      unpublished = false;
      fault = undefined;
    },
  };
}
