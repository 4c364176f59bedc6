import path from "node:path";

// Where global-setup started each server and fake upstream (see global-setup.ts).

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite through playwright.config.ts`);
  return value;
}

function server(prefix: string) {
  return {
    get url() {
      return required(`${prefix}_URL`);
    },
    get log() {
      return required(`${prefix}_LOG`);
    },
    get upstream() {
      return required(`${prefix}_UPSTREAM_CONTROL`);
    },
  };
}

export const live = server("LIVE");
export const sample = server("SAMPLE");
export const refresh = server("REFRESH");
export const faults = server("FAULTS");
export const history = server("HISTORY");

export const replicas = {
  get urls(): [string, string] {
    return [required("REPLICA_A_URL"), required("REPLICA_B_URL")];
  },
  get logs() {
    return required("REPLICA_LOGS").split(path.delimiter);
  },
  get upstream() {
    return required("REPLICA_UPSTREAM_CONTROL");
  },
};

/** A folder for a test's own embedded store. */
export function storeDir(name: string): string {
  return path.join(required("STORES_DIR"), name);
}

/** Sites that frame the live server's embeds: one in EMBED_ALLOWED_ORIGINS, one not. */
export const embedHosts = {
  get allowed() {
    return required("EMBED_HOST");
  },
  get other() {
    return required("OTHER_HOST");
  },
};

export const edge = {
  get url() {
    return required("EDGE_URL");
  },
  get log() {
    return required("EDGE_LOG");
  },
  /** Its rankings dataset answers 500 from the start (global-setup.ts). */
  get upstream() {
    return required("EDGE_UPSTREAM_CONTROL");
  },
};

/** The live server's fake upstream's API base, to ask it what it serves. */
export function liveUpstreamUrl(): string {
  return required("LIVE_UPSTREAM_URL");
}

export type UpstreamCall = {
  path: string;
  authorization: string | null;
  at: number;
  open: boolean;
};

export const TASKS_PATH = "/api/v1/classifications/task";
export const RANKINGS_PATH = "/api/v1/datasets/rankings-daily";

/** The fake upstream's calls to one endpoint (by default the task endpoint), oldest first. */
export async function upstreamCalls(
  controlUrl: string,
  path: string = TASKS_PATH,
): Promise<UpstreamCall[]> {
  const response = await fetch(`${controlUrl}/calls?path=${encodeURIComponent(path)}`);
  return (await response.json()) as UpstreamCall[];
}

/** What the fake upstream answers from now on (see tests/support/fake-upstream.ts). */
export async function respondWith(controlUrl: string, reply: Record<string, unknown>) {
  await fetch(`${controlUrl}/respond`, { method: "POST", body: JSON.stringify(reply) });
}

/** Closes the fake upstream's port: connections are refused until the next respondWith. */
export async function refuseConnections(controlUrl: string) {
  await fetch(`${controlUrl}/refuse`, { method: "POST" });
}
