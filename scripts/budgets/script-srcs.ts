// The scripts a server-rendered page loads at start: every <script src> in its HTML, in document
// order, once each. `nomodule` scripts are left out: modern browsers (the ones the budget is
// for) never fetch them. Inline scripts are skipped whole, so markup-like text inside them (the
// RSC payload) cannot be mistaken for a tag.

const SCRIPT_OPEN = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export type ScriptTag = { src: string | null; noModule: boolean };

export function scriptTags(html: string): ScriptTag[] {
  const tags: ScriptTag[] = [];
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(html); open; open = SCRIPT_OPEN.exec(html)) {
    const attributes = parseAttributes(open[1] ?? "");
    const src = attributes.get("src");
    tags.push({ src: src ? decodeEntities(src) : null, noModule: attributes.has("nomodule") });
    SCRIPT_CLOSE.lastIndex = SCRIPT_OPEN.lastIndex;
    const close = SCRIPT_CLOSE.exec(html);
    if (!close) break;
    SCRIPT_OPEN.lastIndex = SCRIPT_CLOSE.lastIndex;
  }
  return tags;
}

/** The URLs of the scripts loaded at start, resolved against the page's URL, without repeats. */
export function startupScriptUrls(html: string, pageUrl: string): string[] {
  const urls = scriptTags(html)
    .filter((tag) => tag.src !== null && !tag.noModule)
    .map((tag) => new URL(tag.src ?? "", pageUrl).href);
  return [...new Set(urls)];
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
