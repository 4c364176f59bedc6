import { describe, expect, it } from "vitest";

import { resolveTheme } from "@/lib/theme/theme";

describe("resolveTheme", () => {
  it("follows the system when nothing is chosen", () => {
    expect(resolveTheme(null, undefined)).toBeUndefined();
  });

  it("takes the URL over the cookie", () => {
    expect(resolveTheme("dark", "light")).toBe("dark");
    expect(resolveTheme(null, "light")).toBe("light");
  });

  it("ignores values it does not know, in either place", () => {
    expect(resolveTheme("sepia", "dark")).toBe("dark");
    expect(resolveTheme("DARK", "nope")).toBeUndefined();
  });
});
