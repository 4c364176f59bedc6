import { describe, expect, it } from "vitest";

import { digestOf } from "@/lib/derive/digest";
import { digestLines } from "@/lib/export/atom";
import { reshapeSnapshot } from "@/lib/openrouter/reshape";
import { retryDelayMs } from "@/lib/webhooks/deliverer";
import { webhookPayload } from "@/lib/webhooks/payload";
import { parseWebhookUrls, redactedUrl } from "@/lib/webhooks/settings";
import { webhookSignature } from "@/lib/webhooks/signature";

import { fixtureData, NEXT_DAY_FIXTURE } from "./fixture-helpers";

describe("webhookSignature", () => {
  it("is sha256= and the hex HMAC-SHA256 of the exact body", () => {
    // RFC 4231-style known answer (the Wikipedia HMAC example).
    expect(webhookSignature("The quick brown fox jumps over the lazy dog", "key")).toBe(
      "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
    );
  });

  it("changes with any byte of the body and with the secret", () => {
    const body = '{"as_of":"2026-11-22"}';
    const signature = webhookSignature(body, "s");
    expect(webhookSignature(`${body} `, "s")).not.toBe(signature);
    expect(webhookSignature(body, "t")).not.toBe(signature);
  });
});

describe("parseWebhookUrls", () => {
  it("keeps http(s) URLs once each and names every other entry as it drops it", () => {
    const warnings: string[] = [];
    const urls = parseWebhookUrls(
      " https://hooks.slack.com/services/T0/B0/x ,http://127.0.0.1:9000/hook,,ftp://example.com/x, not a url ,https://hooks.slack.com/services/T0/B0/x",
      (message) => warnings.push(message),
    );
    expect(urls).toEqual([
      "https://hooks.slack.com/services/T0/B0/x",
      "http://127.0.0.1:9000/hook",
    ]);
    expect(warnings).toEqual([
      '[task-share] WEBHOOK_URL: ignoring "ftp://example.com/x", not an http(s) URL',
      '[task-share] WEBHOOK_URL: ignoring "not", not an http(s) URL',
      '[task-share] WEBHOOK_URL: ignoring "a", not an http(s) URL',
      '[task-share] WEBHOOK_URL: ignoring "url", not an http(s) URL',
    ]);
    expect(parseWebhookUrls(undefined)).toEqual([]);
  });

  it("logs a URL without its path, where Slack and Teams keep the secret", () => {
    expect(redactedUrl("https://hooks.slack.com/services/T0/B0/secret")).toBe(
      "https://hooks.slack.com/…",
    );
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base after each failure, capped at an hour", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 10_000))).toEqual([
      10_000, 20_000, 40_000, 80_000,
    ]);
    expect(retryDelayMs(9, 10_000)).toBe(2_560_000);
    expect(retryDelayMs(10, 10_000)).toBe(3_600_000);
    expect(retryDelayMs(500, 10_000)).toBe(3_600_000);
  });
});

describe("webhookPayload", () => {
  const before = reshapeSnapshot(fixtureData());
  const after = reshapeSnapshot(fixtureData(NEXT_DAY_FIXTURE));
  const digest = digestOf(after, before, [before, after]);

  it("carries the day, its citation, its /changes link and the news as lines and as data", () => {
    const payload = webhookPayload({
      asOf: "2026-11-22",
      digest,
      siteUrl: new URL("https://task-share.example.com/"),
    });
    const lines = digestLines(digest);
    expect(lines.length).toBeGreaterThan(0);
    expect(payload).toMatchObject({
      as_of: "2026-11-22",
      citation: "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-22.",
      url: "https://task-share.example.com/changes?as_of=2026-11-22",
      summary: lines.join("\n"),
    });
    expect(payload.text.split("\n")).toEqual([
      "Task Share: what changed on 2026-11-22 (since 2026-11-21)",
      ...lines,
      "https://task-share.example.com/changes?as_of=2026-11-22",
      "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-22.",
    ]);
    // One structured change per line, in the same order.
    expect(payload.changes).toHaveLength(lines.length);
    for (const change of payload.changes) {
      if (change.type === "move") {
        expect(change.change).toBeCloseTo(change.to - change.from, 12);
        expect(change.verdict).not.toBe("normal");
      }
    }
  });

  it("links relatively without SITE_URL, and says when a day has nothing before it", () => {
    const payload = webhookPayload({ asOf: "2026-11-21", digest: undefined, siteUrl: undefined });
    expect(payload).toEqual({
      as_of: "2026-11-21",
      citation: "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
      url: "/changes?as_of=2026-11-21",
      summary: "The first stored day: changes start with the next.",
      changes: [],
      text: [
        "Task Share: 2026-11-21 stored",
        "The first stored day: changes start with the next.",
        "/changes?as_of=2026-11-21",
        "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
      ].join("\n"),
    });
  });
  it("escapes &, < and > in the chat text, so an upstream name cannot ping or disguise a link", () => {
    const data = fixtureData(NEXT_DAY_FIXTURE);
    const hostile = reshapeSnapshot({
      ...data,
      classifications: data.classifications.map((item, index) =>
        index === 0
          ? { ...item, display_name: "<!channel> <https://evil.example|Docs> & co" }
          : item,
      ),
    });
    const news = digestOf(hostile, before, [before, hostile]);
    const payload = webhookPayload({ asOf: "2026-11-22", digest: news, siteUrl: undefined });
    expect(payload.summary).toContain("<!channel> <https://evil.example|Docs> & co");
    expect(payload.text).toContain("&lt;!channel&gt; &lt;https://evil.example|Docs&gt; &amp; co");
    expect(payload.text).not.toMatch(/[<>]/);
  });
});
