import "server-only";

import type { WebhookDelivery, WebhookDeliveryStore } from "../data/store/webhook-deliveries";
import { redactedUrl } from "./settings";
import { webhookSignature } from "./signature";

// Sends what the store has queued, from a background timer: never on a request's path, never
// awaited by a refresh. Each delivery is claimed with a lease (one replica sends it), posted
// with a timeout, and either recorded as accepted (a 2xx) or scheduled again with exponential
// backoff, for as long as it takes.

export const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_RETRY_MS = 60 * 60 * 1000;
const MAX_POLL_MS = 5_000;
/** Bounds one pass, so a long queue cannot keep a pass (and its leases) going for ever. */
const MOST_PER_PASS = 50;

export type WebhookDelivererOptions = {
  deliveries: WebhookDeliveryStore;
  urls: readonly string[];
  /** This process's name in the lease. */
  holder: string;
  /** The body announcing a day, undefined when the day is not stored. */
  bodyFor: (asOf: string) => Promise<string | undefined>;
  secret: string | undefined;
  retryBaseMs: number;
  timeoutMs?: number;
  now?: () => number;
  send?: typeof fetch;
  log?: (message: string) => void;
};

export type WebhookDeliverer = {
  /** Sends every delivery due now; resolves when none is left to claim. */
  runOnce(): Promise<void>;
  /** Runs a pass every few seconds in the background (an unref'd timer) until stopped. */
  start(): void;
  /** Sends nothing more; resolves once the delivery under way is recorded (its lease released). */
  stop(): Promise<void>;
};

/** The wait after the n-th failed attempt: base, then doubling, at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

type Outcome = { accepted: true; status: number } | { accepted: false; error: string };

export function createWebhookDeliverer(options: WebhookDelivererOptions): WebhookDeliverer {
  const { deliveries, urls, holder, secret, retryBaseMs } = options;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const send = options.send ?? fetch;
  const log = options.log ?? ((message: string) => console.log(message));
  // Longer than a whole attempt (the body, the POST's timeout, recording the outcome).
  const leaseMs = timeoutMs + 20_000;

  async function post(url: string, body: string): Promise<Outcome> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "task-share-webhooks",
    };
    if (secret) headers["x-task-share-signature"] = webhookSignature(body, secret);
    try {
      const response = await send(url, {
        method: "POST",
        headers,
        body,
        // A redirect is not an acceptance: the POST would not be repeated at the new address.
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      return response.ok
        ? { accepted: true, status: response.status }
        : { accepted: false, error: `HTTP ${response.status}` };
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") {
        return { accepted: false, error: `no answer within ${timeoutMs} ms` };
      }
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      return {
        accepted: false,
        error: cause instanceof Error ? cause.message : "network error",
      };
    }
  }

  async function attempt(delivery: WebhookDelivery) {
    const body = await options.bodyFor(delivery.asOf);
    const outcome: Outcome = body
      ? await post(delivery.url, body)
      : { accepted: false, error: "the day is not stored" };
    const where = `webhook for ${delivery.asOf} to ${redactedUrl(delivery.url)}`;
    if (outcome.accepted) {
      await deliveries.markDelivered(delivery, new Date(now()));
      log(`[task-share] ${where} accepted (HTTP ${outcome.status})`);
      return;
    }
    const waitMs = retryDelayMs(delivery.attempts, retryBaseMs);
    await deliveries.markFailed(delivery, holder, {
      nextAttemptAt: new Date(now() + waitMs),
      error: outcome.error,
    });
    log(
      `[task-share] ${where} failed (attempt ${delivery.attempts}: ${outcome.error}); next try in ${Math.round(waitMs / 1000)} s`,
    );
  }

  let stopped = false;

  async function runOnce() {
    for (let sent = 0; sent < MOST_PER_PASS && !stopped; sent += 1) {
      const delivery = await deliveries.claim(holder, urls, new Date(now()), leaseMs);
      if (!delivery) return;
      await attempt(delivery);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | undefined;
  const pollMs = Math.min(retryBaseMs, MAX_POLL_MS);

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      pass = runOnce()
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : "unknown error";
          console.error(`[task-share] webhook deliveries paused: ${message}`);
        })
        .finally(() => {
          pass = undefined;
          schedule();
        });
    }, pollMs);
    // The loop never keeps the process alive on its own.
    timer.unref();
  }

  return {
    runOnce,
    start() {
      stopped = false;
      if (timer === undefined) schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await pass;
    },
  };
}
