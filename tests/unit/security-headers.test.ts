import { describe, expect, it } from "vitest";

import { parseEmbedOrigins, securityHeaders } from "@/lib/http/security-headers";

const CSP_WITHOUT_FRAME_ANCESTORS = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The CSP's directives as [name, value] pairs, in order. */
function directives(csp: string | undefined): string[][] {
  return (csp ?? "").split(";").map((directive) => {
    const [name = "", ...values] = directive.trim().split(/\s+/);
    return [name, values.join(" ")];
  });
}

describe("parseEmbedOrigins", () => {
  it.each([undefined, "", "   ", ",, ,"])("allows no origin for %j", (value) => {
    expect(parseEmbedOrigins(value)).toEqual([]);
  });

  it("reads origins separated by commas, spaces or both", () => {
    expect(
      parseEmbedOrigins(
        "https://wiki.example.com, https://reports.example.org:8443\thttp://localhost:3001\n,https://a.example",
      ),
    ).toEqual([
      "https://wiki.example.com",
      "https://reports.example.org:8443",
      "http://localhost:3001",
      "https://a.example",
    ]);
  });

  it("reduces a URL to its origin", () => {
    expect(
      parseEmbedOrigins(
        "https://wiki.example.com/spaces/ml/pages?id=4#top HTTPS://Reports.Example.ORG:443/ https://user:pw@a.example/x",
      ),
    ).toEqual(["https://wiki.example.com", "https://reports.example.org", "https://a.example"]);
  });

  it("drops what is not an http(s) URL and keeps the rest", () => {
    expect(
      parseEmbedOrigins(
        "wiki.example.com 'self' * ftp://files.example.com javascript:alert(1) data:text/html,x file:///etc/passwd https://ok.example",
      ),
    ).toEqual(["https://ok.example"]);
  });

  it("drops an entry that is not a plain origin, so it cannot end the CSP directive", () => {
    // A semicolon-separated list is a likely slip; a `;` in a source list ends frame-ancestors.
    const origins = parseEmbedOrigins("https://a.example;https://b.example https://c.example");
    const csp = securityHeaders("/embed", origins)["Content-Security-Policy"];
    expect(directives(csp).map(([name]) => name)).toEqual([
      "default-src",
      "script-src",
      "style-src",
      "img-src",
      "font-src",
      "connect-src",
      "object-src",
      "base-uri",
      "form-action",
      "frame-ancestors",
    ]);
    for (const origin of origins) expect(origin).toMatch(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/);
  });
});

describe("securityHeaders", () => {
  const origins = ["https://wiki.example.com", "http://localhost:3001"];

  it.each(["/", "/tags/x", "/embedded-elsewhere", "/api/status"])(
    "lets no one frame %s, whatever the embed origins",
    (pathname) => {
      for (const allowed of [[], origins]) {
        const headers = securityHeaders(pathname, allowed);
        expect(headers).toEqual({
          "Content-Security-Policy": `${CSP_WITHOUT_FRAME_ANCESTORS}; frame-ancestors 'none'`,
          "X-Content-Type-Options": "nosniff",
          "Referrer-Policy": "strict-origin-when-cross-origin",
          "X-Frame-Options": "DENY",
        });
        expect(headers["Content-Security-Policy"]).not.toContain("unsafe-eval");
      }
    },
  );

  it.each(["/embed", "/embed/tags/code%3Adebugging"])(
    "lets this site and the embed origins frame %s, without X-Frame-Options",
    (pathname) => {
      expect(securityHeaders(pathname, origins)).toEqual({
        "Content-Security-Policy": `${CSP_WITHOUT_FRAME_ANCESTORS}; frame-ancestors 'self' https://wiki.example.com http://localhost:3001`,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      });
      expect(securityHeaders(pathname, [])["Content-Security-Policy"]).toMatch(
        /frame-ancestors 'self'$/,
      );
    },
  );

  it("allows eval for React's development build only, never in production", () => {
    const script = (development: boolean) =>
      securityHeaders("/", [], development)
        ["Content-Security-Policy"]?.split("; ")
        .find((directive) => directive.startsWith("script-src"));
    expect(script(true)).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(script(false)).toBe("script-src 'self' 'unsafe-inline'");
  });

  it("builds the header from what parseEmbedOrigins returns", () => {
    const csp = securityHeaders(
      "/embed",
      parseEmbedOrigins("https://wiki.example.com/page, ftp://x.example"),
    )["Content-Security-Policy"];
    expect(directives(csp).at(-1)).toEqual(["frame-ancestors", "'self' https://wiki.example.com"]);
  });
});
