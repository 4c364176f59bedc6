import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { startFakeUpstream } from "../support/fake-upstream";
import { startNextServer, type RunningServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";
import { startWebhookReceiver } from "../support/webhook-receiver";
import { respondWith, storeDir } from "./servers";

// Webhooks end to end, on a server of its own with a local receiver: a day stored before
// webhooks were set is not announced; a new day is, retried after a failure (across a restart)
// until accepted, then never sent again (across another restart). Four server starts: generous.
test.describe.configure({ timeout: 240_000 });

const SECRET = "webhook-test-secret";
const SITE_URL = "https://task-share.example.com";

async function servedDay(request: APIRequestContext, url: string): Promise<string | null> {
  const response = await request.get(`${url}/api/classifications`);
  return response.ok() ? (await response.json()).data.as_of : null;
}

test("a new day is posted once per webhook: signed, retried until accepted, never repeated", async ({
  request,
}) => {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  const receiver = await startWebhookReceiver();
  const base = {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: storeDir("webhooks"),
    REVALIDATE_SECONDS: "2",
  };
  const withHooks = {
    ...base,
    WEBHOOK_URL: `${receiver.url}, ftp://example.com/hook`,
    WEBHOOK_SECRET: SECRET,
    WEBHOOK_RETRY_BASE_MS: "1000",
    SITE_URL,
  };
  const running: RunningServer[] = [];
  const start = async (name: string, env: Record<string, string>) => {
    const server = await startNextServer(name, env);
    running.push(server);
    return server;
  };
  const accepted = () => receiver.received.filter((delivery) => delivery.status === 200);
  try {
    // Stored before any webhook is set: never announced.
    const first = await start("webhooks-1", base);
    await expect.poll(() => servedDay(request, first.url)).toBe("2026-11-21");
    await first.stop();

    // A new day arrives; the receiver refuses it (500) and the server retries.
    const second = await start("webhooks-2", withHooks);
    await respondWith(upstream.controlUrl, { fixture: "upstream-2026-11-22.json" });
    await expect.poll(() => servedDay(request, second.url), { timeout: 30_000 }).toBe("2026-11-22");
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await second.stop();
    const log = readFileSync(second.logFile, "utf8");
    expect(log).toContain('WEBHOOK_URL: ignoring "ftp://example.com/hook", not an http(s) URL');
    expect(log).toMatch(/webhook for 2026-11-22 to http:\/\/127\.0\.0\.1:\d+\/… failed/);
    expect(log).not.toContain("/hooks/task-share");
    expect(accepted()).toHaveLength(0);

    // Restarted on the same store: the pending delivery is picked up and accepted once.
    receiver.accept(true);
    const third = await start("webhooks-3", withHooks);
    // Up to a lease (30 s) if the stopped server held one: it cannot be released by a dead process.
    await expect.poll(() => accepted().length, { timeout: 60_000 }).toBe(1);
    const [delivery] = accepted();
    if (!delivery) throw new Error("no accepted delivery");
    expect(delivery.contentType).toBe("application/json");
    expect(delivery.signature).toBe(
      `sha256=${createHmac("sha256", SECRET).update(delivery.body).digest("hex")}`,
    );
    const payload = JSON.parse(delivery.body);
    expect(payload).toMatchObject({
      as_of: "2026-11-22",
      citation: "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-22.",
      url: `${SITE_URL}/changes?as_of=2026-11-22`,
    });
    expect(payload.summary.length).toBeGreaterThan(0);
    expect(payload.text).toContain(payload.summary);
    expect(payload.text).toContain(payload.url);
    expect(Array.isArray(payload.changes)).toBe(true);
    expect(payload.changes.length).toBeGreaterThan(0);
    for (const change of payload.changes) {
      expect(["move", "new_task", "gone_task", "new_leader"]).toContain(change.type);
      if (change.type === "move") {
        expect(change).toMatchObject({
          from: expect.any(Number),
          to: expect.any(Number),
          change: expect.any(Number),
        });
      }
    }
    // Every attempt was for the new day; the day stored before webhooks never was.
    for (const received of receiver.received) {
      expect(JSON.parse(received.body).as_of).toBe("2026-11-22");
    }
    await third.stop();

    // Another restart, a refresh of the same day, several retry periods: nothing more is sent.
    const count = receiver.received.length;
    const fourth = await start("webhooks-4", withHooks);
    await expect.poll(() => servedDay(request, fourth.url)).toBe("2026-11-22");
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await servedDay(request, fourth.url)).toBe("2026-11-22");
    expect(receiver.received).toHaveLength(count);
    expect(accepted()).toHaveLength(1);
  } finally {
    for (const server of running) await server.stop();
    await receiver.close();
    await upstream.close();
  }
});
