import { expect, it } from "vitest";

import { createWebhookDeliverer } from "@/lib/webhooks/deliverer";

import { fixtureData, NEXT_DAY_FIXTURE } from "./fixture-helpers";
import { describeOnEveryDriver } from "./test-databases";

// The webhook deliveries' contract, on both drivers: queued once per day and URL, claimed by
// one holder at a time, retried later after a failure, never claimed again once accepted.

const T = Date.parse("2026-11-24T02:00:00.000Z");
const LEASE_MS = 30_000;
const A = "https://hooks.example.com/a";
const B = "https://hooks.example.com/b";

const at = (ms: number) => new Date(T + ms);

describeOnEveryDriver("webhook deliveries", "webhook_deliveries", ({ openStore }) => {
  it("queues a day once per URL, however often it is enqueued", async () => {
    const { webhookDeliveries: deliveries } = await openStore();
    await deliveries.enqueue("2026-11-22", [A, B], at(0));
    await deliveries.enqueue("2026-11-22", [A, B], at(5_000));
    await deliveries.enqueue("2026-11-22", [A], at(9_000));

    const rows = await deliveries.list();
    expect(
      rows.map(({ asOf, url, attempts, nextAttemptAt }) => [asOf, url, attempts, nextAttemptAt]),
    ).toEqual([
      ["2026-11-22", A, 0, at(0)],
      ["2026-11-22", B, 0, at(0)],
    ]);
  });

  it("queues a day when a save stores it for the first time, not when it replaces it", async () => {
    const store = await openStore();
    await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(0) });
    await store.saveSnapshot({ data: fixtureData(NEXT_DAY_FIXTURE), fetchedAt: at(1_000) }, [A]);
    await store.saveSnapshot({ data: fixtureData(NEXT_DAY_FIXTURE), fetchedAt: at(2_000) }, [A]);
    await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(3_000) }, [A]);

    expect((await store.webhookDeliveries.list()).map((row) => [row.asOf, row.url])).toEqual([
      ["2026-11-22", A],
    ]);
    // The same figures fetched again keep the day's first fetch time (issue 30: immutable pins).
    expect((await store.snapshotAt("2026-11-22"))?.fetchedAt).toEqual(at(1_000));
  });

  it("hands a due delivery to one holder, and to another only once the lease expires", async () => {
    const { webhookDeliveries: deliveries } = await openStore();
    await deliveries.enqueue("2026-11-22", [A], at(0));

    expect(await deliveries.claim("x", [A], at(-1), LEASE_MS)).toBeUndefined();
    expect(await deliveries.claim("x", [A], at(0), LEASE_MS)).toEqual({
      asOf: "2026-11-22",
      url: A,
      attempts: 1,
    });
    expect(await deliveries.claim("y", [A], at(1_000), LEASE_MS)).toBeUndefined();
    expect(await deliveries.claim("y", [A], at(LEASE_MS), LEASE_MS)).toEqual({
      asOf: "2026-11-22",
      url: A,
      attempts: 2,
    });
  });

  it("claims only deliveries to the URLs asked for", async () => {
    const { webhookDeliveries: deliveries } = await openStore();
    await deliveries.enqueue("2026-11-22", [A], at(0));
    expect(await deliveries.claim("x", [B], at(0), LEASE_MS)).toBeUndefined();
    expect(await deliveries.claim("x", [], at(0), LEASE_MS)).toBeUndefined();
    expect((await deliveries.claim("x", [A, B], at(0), LEASE_MS))?.url).toBe(A);
  });

  it("schedules a failed delivery for later and releases it", async () => {
    const { webhookDeliveries: deliveries } = await openStore();
    await deliveries.enqueue("2026-11-22", [A], at(0));
    const claimed = await deliveries.claim("x", [A], at(0), LEASE_MS);
    if (!claimed) throw new Error("not claimed");

    // Only the lease's holder records the failure.
    await deliveries.markFailed(claimed, "y", { nextAttemptAt: at(99_000), error: "nope" });
    await deliveries.markFailed(claimed, "x", { nextAttemptAt: at(10_000), error: "HTTP 500" });

    expect(await deliveries.list()).toEqual([
      {
        asOf: "2026-11-22",
        url: A,
        attempts: 1,
        nextAttemptAt: at(10_000),
        leaseHolder: undefined,
        deliveredAt: undefined,
        lastError: "HTTP 500",
      },
    ]);
    expect(await deliveries.claim("y", [A], at(9_999), LEASE_MS)).toBeUndefined();
    expect((await deliveries.claim("y", [A], at(10_000), LEASE_MS))?.attempts).toBe(2);
  });

  it("never claims an accepted delivery again, nor lets a late failure undo it", async () => {
    const { webhookDeliveries: deliveries } = await openStore();
    await deliveries.enqueue("2026-11-22", [A], at(0));
    const first = await deliveries.claim("x", [A], at(0), LEASE_MS);
    if (!first) throw new Error("not claimed");
    // x's lease runs out mid-attempt and y takes over; x's answer then comes back accepted.
    const second = await deliveries.claim("y", [A], at(LEASE_MS), LEASE_MS);
    if (!second) throw new Error("not claimed again");
    await deliveries.markDelivered(first, at(LEASE_MS + 1));
    await deliveries.markFailed(second, "y", { nextAttemptAt: at(0), error: "timeout" });
    await deliveries.enqueue("2026-11-22", [A], at(0));

    for (const later of [LEASE_MS + 2, 10 * LEASE_MS, 1_000 * LEASE_MS]) {
      expect(await deliveries.claim("z", [A], at(later), LEASE_MS)).toBeUndefined();
    }
    expect(await deliveries.list()).toMatchObject([
      {
        attempts: 2,
        deliveredAt: at(LEASE_MS + 1),
        lastError: undefined,
        leaseHolder: undefined,
      },
    ]);
  });

  it("gives each due delivery to exactly one of several holders racing for it", async () => {
    const replicas = await Promise.all(
      ["replica-a", "replica-b", "replica-c"].map(async (holder) => ({
        holder,
        deliveries: (await openStore()).webhookDeliveries,
      })),
    );
    const days = Array.from({ length: 10 }, (_, index) => `2026-11-${String(index + 10)}`);
    for (const day of days) await replicas[0]?.deliveries.enqueue(day, [A, B], at(0));

    const claimed: string[] = [];
    for (let round = 0; round < 25; round += 1) {
      const results = await Promise.all(
        replicas.map(({ holder, deliveries }) => deliveries.claim(holder, [A, B], at(0), LEASE_MS)),
      );
      for (const result of results) if (result) claimed.push(`${result.asOf} ${result.url}`);
    }
    expect(claimed).toHaveLength(days.length * 2);
    expect(new Set(claimed).size).toBe(days.length * 2);
  });

  it("delivers through the background deliverer: retried after a failure, then never again", async () => {
    const store = await openStore();
    await store.webhookDeliveries.enqueue("2026-11-22", [A], at(0));
    let clock = T;
    const answers = [500, 204];
    const sent: { url: string; body: string; signature: string | null }[] = [];
    const deliverer = createWebhookDeliverer({
      deliveries: store.webhookDeliveries,
      urls: [A],
      holder: "x",
      bodyFor: async (asOf) => JSON.stringify({ as_of: asOf }),
      secret: "s3cret",
      retryBaseMs: 10_000,
      now: () => clock,
      log: () => undefined,
      send: async (url, init) => {
        sent.push({
          url: String(url),
          body: String(init?.body),
          signature: new Headers(init?.headers).get("x-task-share-signature"),
        });
        return new Response(null, { status: answers.shift() ?? 500 });
      },
    });

    await deliverer.runOnce();
    expect(sent).toHaveLength(1);
    clock += 9_999;
    await deliverer.runOnce();
    expect(sent).toHaveLength(1);
    clock += 1;
    await deliverer.runOnce();
    expect(sent).toHaveLength(2);
    clock += 3_600_000;
    await deliverer.runOnce();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({
      url: A,
      body: '{"as_of":"2026-11-22"}',
      signature: "sha256=" + (await hmacHex("s3cret", '{"as_of":"2026-11-22"}')),
    });
    expect(await store.webhookDeliveries.list()).toMatchObject([
      { attempts: 2, deliveredAt: new Date(T + 10_000) },
    ]);
  });
});

async function hmacHex(secret: string, body: string): Promise<string> {
  const { createHmac } = await import("node:crypto");
  return createHmac("sha256", secret).update(body).digest("hex");
}
