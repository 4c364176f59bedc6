import "server-only";

import type { SnapshotStore } from "../data/store/snapshot-store";
import { dayAnnouncements } from "./announcement";
import { createWebhookDeliverer, type WebhookDeliverer } from "./deliverer";
import { redactedUrl, type WebhookSettings } from "./settings";

/** Starts delivering the store's queued webhooks in the background, when any URL is set. */
export function startWebhookDeliveries(
  store: SnapshotStore,
  settings: WebhookSettings,
  holder: string,
): WebhookDeliverer | undefined {
  if (settings.urls.length === 0) return undefined;
  console.log(
    `[task-share] webhooks: each new day is announced to ${settings.urls.map(redactedUrl).join(", ")}${settings.siteUrl ? "" : " (SITE_URL unset: links are relative)"}`,
  );
  const deliverer = createWebhookDeliverer({
    deliveries: store.webhookDeliveries,
    urls: settings.urls,
    holder,
    bodyFor: dayAnnouncements(store, settings.siteUrl),
    secret: settings.secret,
    retryBaseMs: settings.retryBaseMs,
  });
  deliverer.start();
  return deliverer;
}
