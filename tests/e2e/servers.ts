// Where global-setup started each server and fake upstream (see global-setup.ts).

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite through playwright.config.ts`);
  return value;
}

export const live = {
  get url() {
    return required("LIVE_URL");
  },
  get log() {
    return required("LIVE_LOG");
  },
  get upstream() {
    return required("LIVE_UPSTREAM_CONTROL");
  },
};

/** Sites that frame the live server's embeds: one in EMBED_ALLOWED_ORIGINS, one not. */
export const embedHosts = {
  get allowed() {
    return required("EMBED_HOST");
  },
  get other() {
    return required("OTHER_HOST");
  },
};

export const sample = {
  get url() {
    return required("SAMPLE_URL");
  },
  get log() {
    return required("SAMPLE_LOG");
  },
};

export const refresh = {
  get url() {
    return required("REFRESH_URL");
  },
  get log() {
    return required("REFRESH_LOG");
  },
  get upstream() {
    return required("REFRESH_UPSTREAM_CONTROL");
  },
};

export type UpstreamCall = { path: string; authorization: string | null; at: number };

export async function upstreamCalls(controlUrl: string): Promise<UpstreamCall[]> {
  const response = await fetch(`${controlUrl}/calls`);
  return (await response.json()) as UpstreamCall[];
}

export async function respondWith(controlUrl: string, reply: Record<string, unknown>) {
  await fetch(`${controlUrl}/respond`, { method: "POST", body: JSON.stringify(reply) });
}
