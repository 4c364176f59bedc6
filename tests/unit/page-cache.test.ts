import { describe, expect, it } from "vitest";

import { createPageCache, type RenderedPage } from "@/lib/http/page-cache";

function page(status: number, text: string): RenderedPage {
  return { status, headers: [["content-type", "text/html"]], body: new TextEncoder().encode(text) };
}

function counter(status = 200) {
  let renders = 0;
  return {
    render: async () => {
      renders += 1;
      return page(status, `render ${renders}`);
    },
    get renders() {
      return renders;
    },
  };
}

const text = (rendered: RenderedPage) => new TextDecoder().decode(rendered.body);

describe("createPageCache", () => {
  it("renders a page once for every request within its time to live, then again", async () => {
    let now = 0;
    const cache = createPageCache({ ttlMs: 2_000, maxEntries: 10, now: () => now });
    const home = counter();
    expect(text(await cache.get("/", home.render))).toBe("render 1");
    now = 1_999;
    expect(text(await cache.get("/", home.render))).toBe("render 1");
    now = 2_000;
    expect(text(await cache.get("/", home.render))).toBe("render 2");
    expect(home.renders).toBe(2);
  });

  it("renders once for requests that arrive while the first render is under way", async () => {
    const cache = createPageCache({ ttlMs: 2_000, maxEntries: 10 });
    const home = counter();
    const pages = await Promise.all([1, 2, 3].map(() => cache.get("/", home.render)));
    expect(pages.map(text)).toEqual(["render 1", "render 1", "render 1"]);
    expect(home.renders).toBe(1);
  });

  it("keeps keys apart", async () => {
    const cache = createPageCache({ ttlMs: 2_000, maxEntries: 10 });
    const home = counter();
    await cache.get("v1 /", home.render);
    await cache.get("v2 /", home.render);
    expect(home.renders).toBe(2);
  });

  it("passes on but never keeps an answer other than 200, nor a failed render", async () => {
    const cache = createPageCache({ ttlMs: 2_000, maxEntries: 10 });
    const missing = counter(404);
    expect((await cache.get("/tags/nope", missing.render)).status).toBe(404);
    await cache.get("/tags/nope", missing.render);
    expect(missing.renders).toBe(2);

    await expect(
      cache.get("/", async () => {
        throw new Error("render failed");
      }),
    ).rejects.toThrow("render failed");
    const home = counter();
    expect(text(await cache.get("/", home.render))).toBe("render 1");
    expect(cache.size).toBe(1);
  });

  it("holds at most maxEntries pages, dropping the least recently used", async () => {
    const cache = createPageCache({ ttlMs: 60_000, maxEntries: 2 });
    const renders = { a: counter(), b: counter(), c: counter() };
    await cache.get("a", renders.a.render);
    await cache.get("b", renders.b.render);
    await cache.get("a", renders.a.render);
    await cache.get("c", renders.c.render);
    expect(cache.size).toBe(2);
    await cache.get("a", renders.a.render);
    await cache.get("b", renders.b.render);
    expect([renders.a.renders, renders.b.renders, renders.c.renders]).toEqual([1, 2, 1]);
  });
});
