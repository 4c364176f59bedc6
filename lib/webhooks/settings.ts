import "server-only";

import { readInteger } from "../config";
import { httpUrlsIn } from "../http/http-urls";
import { configuredSiteUrl } from "../http/site-url";

// The webhook settings, read once when the live service starts, so each invalid entry is named
// in the log once rather than on every request.

export type WebhookSettings = {
  /** Valid http(s) URLs, each once; empty means no webhooks. */
  urls: string[];
  /** Signs each body (X-Task-Share-Signature) when set. */
  secret: string | undefined;
  /** The first retry's delay; each later one doubles, up to an hour. */
  retryBaseMs: number;
  /** For the absolute /changes link; without it the link is relative. */
  siteUrl: URL | undefined;
};

const DEFAULT_RETRY_BASE_MS = 10_000;

/** WEBHOOK_URL's entries (separated by commas or spaces): http(s) URLs kept, the rest named and dropped. */
export function parseWebhookUrls(
  text: string | undefined,
  warn: (message: string) => void = console.warn,
): string[] {
  return [...new Set(httpUrlsIn(text, "WEBHOOK_URL", { warn }).map((url) => url.href))];
}

export function readWebhookSettings(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  return {
    urls: parseWebhookUrls(env.WEBHOOK_URL),
    secret: env.WEBHOOK_SECRET || undefined,
    retryBaseMs: readInteger(env, "WEBHOOK_RETRY_BASE_MS", DEFAULT_RETRY_BASE_MS, 100),
    siteUrl: configuredSiteUrl(env),
  };
}

/** A URL as logs may show it: Slack's and Teams' webhook URLs carry their secret in the path. */
export function redactedUrl(url: string): string {
  return `${new URL(url).origin}/…`;
}
