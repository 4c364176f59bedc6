import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TERMS, type TermKey } from "@/lib/glossary/terms";

// One glossary for every header and figure: each column header and each headline figure in
// the components names a glossary term, and every term it names is defined.

const ROOT = path.resolve(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tsx"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Every JSX opening tag of a component in the source: `<TableHead …>` up to its end. */
function openingTags(source: string, component: string): string[] {
  const tags: string[] = [];
  const pattern = new RegExp(`<${component}\\b`, "g");
  for (const match of source.matchAll(pattern)) {
    // The tag ends at the first ">" outside braces and quotes.
    let depth = 0;
    let quote: string | null = null;
    let end = match.index + match[0].length;
    for (; end < source.length; end += 1) {
      const char = source[end];
      if (quote) {
        if (char === quote) quote = null;
      } else if (char === '"' || char === "'" || char === "`") quote = char;
      else if (char === "{") depth += 1;
      else if (char === "}") depth -= 1;
      else if (char === ">" && depth === 0) break;
    }
    tags.push(source.slice(match.index, end + 1));
  }
  return tags;
}

const files = [...sourceFiles("components"), ...sourceFiles("app")].filter(
  (file) => !file.startsWith(path.join("components", "ui")),
);
const sources = files.map((file) => ({
  file,
  source: readFileSync(path.join(ROOT, file), "utf8"),
}));

describe("the glossary", () => {
  it("gives every term a label and a sentence or two of definition", () => {
    for (const [key, term] of Object.entries(TERMS)) {
      expect(term.label.trim(), key).not.toBe("");
      expect(term.definition.length, key).toBeGreaterThan(30);
      expect(term.definition, key).toMatch(/[.)]$/);
    }
  });

  it("defines the figures the product shows", () => {
    const labels = Object.values(TERMS).map((term) => term.label);
    for (const label of [
      "Usage share",
      "Token share",
      "Intensity",
      "In category: usage",
      "In category: tokens",
      "Δ Usage",
      "Δ Tokens",
      "Usage trend",
      "Rank",
      "Est. requests",
      "Est. tokens",
      "Of all classified",
      "Task mix",
      "Macro-category",
      "Window",
    ]) {
      expect(labels).toContain(label);
    }
    expect(TERMS.usageChange.definition).toContain("percentage points");
    expect(TERMS.estUsageShare.definition).toContain("lower bound");
    expect(TERMS.window.definition).toContain("six days");
    expect(TERMS.usageTrend.definition).toContain("one scale shared by the whole column");
  });

  it("is the source of every column header: each TableHead and SortHeader names a term", () => {
    const missing: string[] = [];
    let headers = 0;
    for (const { file, source } of sources) {
      for (const component of ["TableHead", "SortHeader"]) {
        for (const tag of openingTags(source, component)) {
          headers += 1;
          // A table's sortable headers may take their shared props, `table` among them, from one
          // object (`{...sorting}`); the types check the pair, this checks it is written.
          const sharedTable =
            /\{\.\.\.sorting\}/.test(tag) && /const sorting = \{[^}]*\btable:/.test(source);
          if (!/\bterm=/.test(tag) || !(/\btable=/.test(tag) || sharedTable)) {
            missing.push(`${file}: ${tag}`);
          }
        }
      }
    }
    expect(headers).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it("is the source of every headline figure: each Stat names a term", () => {
    const missing: string[] = [];
    for (const { file, source } of sources) {
      for (const tag of openingTags(source, "Stat")) {
        if (!/\bterm=/.test(tag)) missing.push(`${file}: ${tag}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("defines every term a component names, and lists each table's header terms under it", () => {
    const used = new Set<string>();
    for (const { source } of sources) {
      for (const match of source.matchAll(/\bterm[=:] ?"([A-Za-z]+)"/g)) used.add(match[1] ?? "");
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(Object.keys(TERMS), key).toContain(key);

    // A table whose headers name terms lists them in `terms`, so the page text defines them
    // and each header's description points at an element that exists.
    for (const { file, source } of sources) {
      for (const table of openingTags(source, "Table")) {
        const list = /\bterms=\{\[([\s\S]*?)\]\}/.exec(table)?.[1];
        if (!list) continue;
        const listed = new Set([...list.matchAll(/"([A-Za-z]+)"/g)].map((match) => match[1]));
        const headers = [
          ...openingTags(source, "TableHead"),
          ...openingTags(source, "SortHeader"),
        ].flatMap((tag) => [...tag.matchAll(/\bterm="([A-Za-z]+)"/g)].map((match) => match[1]));
        for (const key of headers) expect(listed, `${file}: ${key}`).toContain(key);
      }
    }
  });

  it("has only keys TypeScript knows", () => {
    const key: TermKey = "tokenIntensity";
    expect(TERMS[key].label).toBe("Intensity");
    expect(TERMS[key].definition).toContain("token share ÷ usage share");
  });
});
