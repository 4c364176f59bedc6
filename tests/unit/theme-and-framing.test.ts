import { describe, expect, it } from "vitest";

import { frameAncestors, framingHeaders, parseAllowedOrigins } from "@/lib/framing";
import { resolveTheme } from "@/lib/theme";

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

describe("parseAllowedOrigins", () => {
  it("splits on spaces and commas and drops trailing slashes and duplicates", () => {
    expect(
      parseAllowedOrigins(
        " https://wiki.example.com, http://127.0.0.1:8080/  https://wiki.example.com",
      ),
    ).toEqual({ origins: ["https://wiki.example.com", "http://127.0.0.1:8080"], rejected: [] });
  });

  it("accepts subdomain wildcards", () => {
    expect(parseAllowedOrigins("https://*.example.com").origins).toEqual(["https://*.example.com"]);
  });

  it("rejects anything that is not a bare origin, so nothing can extend the directive", () => {
    const { origins, rejected } = parseAllowedOrigins(
      "https://ok.example.com https://x.example.com/path;script-src 'unsafe-inline' * javascript:alert(1)",
    );
    expect(origins).toEqual(["https://ok.example.com"]);
    expect(rejected).toEqual([
      "https://x.example.com/path;script-src",
      "'unsafe-inline'",
      "*",
      "javascript:alert(1)",
    ]);
  });

  it("is empty when unset", () => {
    expect(parseAllowedOrigins(undefined)).toEqual({ origins: [], rejected: [] });
  });
});

describe("frameAncestors", () => {
  const origins = ["https://wiki.example.com"];

  it("lets this site and the allowed origins frame embed routes", () => {
    expect(frameAncestors("/embed", origins)).toBe(
      "frame-ancestors 'self' https://wiki.example.com",
    );
    expect(frameAncestors("/embed/tags/code%3Adebugging", origins)).toBe(
      "frame-ancestors 'self' https://wiki.example.com",
    );
    expect(frameAncestors("/embed", [])).toBe("frame-ancestors 'self'");
  });

  it("lets no one frame the other pages", () => {
    expect(frameAncestors("/", origins)).toBe("frame-ancestors 'none'");
    expect(frameAncestors("/embedded-elsewhere", origins)).toBe("frame-ancestors 'none'");
    expect(framingHeaders("/tags/x", origins)).toEqual({
      "Content-Security-Policy": "frame-ancestors 'none'",
      "X-Frame-Options": "DENY",
    });
  });

  it("sends no X-Frame-Options on embeds, which would override the allow-list", () => {
    expect(framingHeaders("/embed", origins)).toEqual({
      "Content-Security-Policy": "frame-ancestors 'self' https://wiki.example.com",
    });
  });
});
