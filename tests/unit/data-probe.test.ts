import { afterEach, describe, expect, it, vi } from "vitest";

import { probeHeldData, registerDataProbe } from "@/lib/http/data-probe";
import { processState } from "@/lib/process-state";

afterEach(() => {
  // The registry is process-wide (shared by the proxy and the app); leave it as found.
  processState.dataProbe = undefined;
});

describe("probeHeldData", () => {
  it("assumes data can be served, version unknown, while no data layer has registered", async () => {
    expect(await probeHeldData()).toEqual({ available: true, version: undefined });
  });

  it("answers what the registered probe answers, asking it every time", async () => {
    const answers = [{ available: false }, { available: true, version: "2026-11-21|a|" }] as const;
    let asked = 0;
    registerDataProbe(async () => {
      asked += 1;
      return answers[asked - 1] ?? { available: false };
    });
    expect(await probeHeldData()).toEqual({ available: false });
    expect(await probeHeldData()).toEqual({ available: true, version: "2026-11-21|a|" });
    expect(asked).toBe(2);
  });

  it("lets a probe's unexpected failure through", async () => {
    registerDataProbe(async () => {
      throw new Error("store unreachable");
    });
    await expect(probeHeldData()).rejects.toThrow("store unreachable");
  });

  it("shares the probe between copies of the module, as the proxy's and the app's bundles are", async () => {
    registerDataProbe(async () => ({ available: false }));
    vi.resetModules();
    const copy = await import("@/lib/http/data-probe");
    expect(copy.probeHeldData).not.toBe(probeHeldData);
    expect(await copy.probeHeldData()).toEqual({ available: false });
  });
});
