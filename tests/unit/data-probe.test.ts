import { afterEach, describe, expect, it, vi } from "vitest";

import { canServeData, registerDataProbe } from "@/lib/data-probe";

afterEach(() => {
  // The registry is process-wide (shared by the proxy and the app); leave it as found.
  Reflect.deleteProperty(globalThis, Symbol.for("task-share.data-probe"));
});

describe("canServeData", () => {
  it("assumes data can be served while no data layer has registered a probe", async () => {
    expect(await canServeData()).toBe(true);
  });

  it("answers what the registered probe answers, asking it every time", async () => {
    const answers = [false, true];
    let asked = 0;
    registerDataProbe(async () => {
      asked += 1;
      return answers[asked - 1] ?? true;
    });
    expect(await canServeData()).toBe(false);
    expect(await canServeData()).toBe(true);
    expect(asked).toBe(2);
  });

  it("lets a probe's unexpected failure through", async () => {
    registerDataProbe(async () => {
      throw new Error("store unreachable");
    });
    await expect(canServeData()).rejects.toThrow("store unreachable");
  });

  it("shares the probe between copies of the module, as the proxy's and the app's bundles are", async () => {
    registerDataProbe(async () => false);
    vi.resetModules();
    const copy = await import("@/lib/data-probe");
    expect(copy.canServeData).not.toBe(canServeData);
    expect(await copy.canServeData()).toBe(false);
  });
});
