import { describe, expect, it } from "vitest";

import { createRenderCache, pageKey, type RenderedPage } from "@/lib/http/render-cache";

function page(bytes: number, status = 200): RenderedPage {
  return { status, headers: [], body: Buffer.alloc(bytes), gzipped: Buffer.alloc(0) };
}

function clock() {
  let time = 1_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("createRenderCache", () => {
  it("keeps a 200 for its lifetime and drops it when expired", async () => {
    const time = clock();
    const cache = createRenderCache({ ttlMs: 2_000, maxBytes: 10_000, now: time.now });
    await cache.render("a", async () => page(100)).page;
    expect(cache.get("a")?.body.byteLength).toBe(100);
    time.advance(1_999);
    expect(cache.get("a")).toBeDefined();
    time.advance(1);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("drops expired entries it is not asked about, so idle memory is let go", async () => {
    const time = clock();
    const cache = createRenderCache({ ttlMs: 2_000, maxBytes: 1_000_000, now: time.now });
    for (const key of ["a", "b", "c"]) await cache.render(key, async () => page(1_000)).page;
    time.advance(1_000);
    await cache.render("d", async () => page(1_000)).page;
    time.advance(1_000);
    cache.dropExpired();
    expect(cache.size).toBe(1);
    expect(cache.get("d")).toBeDefined();
    expect(cache.bytes).toBeLessThan(2_000);
  });

  it("holds at most maxBytes, letting the oldest go first", async () => {
    const cache = createRenderCache({ ttlMs: 60_000, maxBytes: 3_500 });
    for (const key of ["a", "b", "c", "d"]) await cache.render(key, async () => page(1_000)).page;
    expect(cache.bytes).toBeLessThanOrEqual(3_500);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("d")).toBeDefined();
    expect(cache.size).toBe(3);
  });

  it("counts the gzipped copy and never keeps a page larger than the whole bound", async () => {
    const cache = createRenderCache({ ttlMs: 60_000, maxBytes: 1_000 });
    const both = { ...page(400), gzipped: Buffer.alloc(400) };
    await cache.render("both", async () => both).page;
    expect(cache.bytes).toBeGreaterThanOrEqual(800);
    await cache.render("huge", async () => page(5_000)).page;
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("both")).toBeDefined();
  });

  it("renders a key once however many ask at the same time", async () => {
    const cache = createRenderCache({ ttlMs: 2_000, maxBytes: 10_000 });
    let renders = 0;
    let finish: (rendered: RenderedPage) => void = () => undefined;
    const render = () => {
      renders += 1;
      return new Promise<RenderedPage>((resolve) => (finish = resolve));
    };
    const first = cache.render("a", render);
    const second = cache.render("a", render);
    expect([first.first, second.first]).toEqual([true, false]);
    finish(page(10));
    expect(await second.page).toBe(await first.page);
    expect(renders).toBe(1);
    expect(cache.get("a")).toBeDefined();
  });

  it("keeps only a 200; other answers and failures are handed on and rendered again", async () => {
    const cache = createRenderCache({ ttlMs: 2_000, maxBytes: 10_000 });
    expect((await cache.render("a", async () => page(10, 404)).page)?.status).toBe(404);
    expect(cache.get("a")).toBeUndefined();
    await expect(cache.render("a", () => Promise.reject(new Error("boom"))).page).rejects.toThrow(
      "boom",
    );
    expect(await cache.render("a", async () => undefined).page).toBeUndefined();
    const again = cache.render("a", async () => page(10));
    expect(again.first).toBe(true);
    await again.page;
    expect(cache.get("a")).toBeDefined();
  });
});

describe("pageKey", () => {
  const base = {
    path: "/?macro=code",
    theme: "system",
    origin: "http://127.0.0.1:3000",
    dataVersion: "2026-11-21|a|",
  };
  it.each([
    ["path", { path: "/?macro=agent" }],
    ["theme", { theme: "dark" }],
    ["origin", { origin: "https://task-share.example.com" }],
    ["data version", { dataVersion: "2026-11-21|b|" }],
  ])("differs when the %s does", (_, change) => {
    expect(pageKey({ ...base, ...change })).not.toBe(pageKey(base));
  });

  it("cannot be forged by joining parts differently", () => {
    expect(pageKey({ ...base, theme: "a", path: "b" })).not.toBe(
      pageKey({ ...base, theme: "a\nb", path: "" }),
    );
  });
});
