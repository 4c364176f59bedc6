import { createElement, Fragment, isValidElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ServerMarkup } from "@/components/ui/server-markup";
import { hostElements, isKeepingMarkup, keepMarkup, takeMarkup } from "@/lib/server-markup";

function Cell({ value }: { value: string }) {
  return createElement("td", { className: "num" }, value);
}

function Row({ values }: { values: string[] }) {
  return createElement(
    "tr",
    null,
    values.map((value) => createElement(Cell, { key: value, value })),
  );
}

describe("static markup", () => {
  it("calls every component, so only tags are left, and writes the same HTML", () => {
    const tree = createElement(
      Fragment,
      null,
      createElement(Row, { values: ["1.0%", "2.0%"] }),
      "text",
    );
    const expanded = hostElements(tree);
    const types: unknown[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!isValidElement<{ children?: unknown }>(node)) return;
      types.push(node.type);
      walk(node.props.children);
    };
    walk(expanded);
    expect(types.every((type) => typeof type === "string" || type === Fragment)).toBe(true);
    expect(renderToStaticMarkup(expanded)).toBe(renderToStaticMarkup(tree));
    expect(renderToStaticMarkup(expanded)).toBe(
      '<tr><td class="num">1.0%</td><td class="num">2.0%</td></tr>text',
    );
  });

  it("refuses a client component or an async one, naming it", () => {
    // As Next hands a "use client" export to a server component: a reference, not the code.
    function ClientThing() {
      return null;
    }
    ClientThing.$$typeof = Symbol.for("react.client.reference");
    expect(() => hostElements(createElement("div", null, createElement(ClientThing)))).toThrow(
      "Static markup cannot hold <ClientThing>: it never hydrates.",
    );
    async function Later() {
      return null;
    }
    expect(() => hostElements(createElement(Later))).toThrow(
      "Static markup cannot hold the async component <Later>.",
    );
  });

  it("hands kept markup over by an id that is the same for the same markup, once per render", () => {
    const id = keepMarkup(createElement("p", null, "kept"));
    const other = keepMarkup("other");
    expect(id).not.toBe(other);
    // Two renders of one page at once (or on two replicas): one id, taken once by each.
    expect(keepMarkup(createElement(Fragment, null, createElement("p", null, "kept")))).not.toBe(
      id,
    );
    expect(keepMarkup(createElement("p", null, "kept"))).toBe(id);
    expect(keepMarkup(createElement("p", { className: "x" }, "kept"))).not.toBe(id);
    expect(renderToStaticMarkup(takeMarkup(id))).toBe("<p>kept</p>");
    expect(renderToStaticMarkup(takeMarkup(id))).toBe("<p>kept</p>");
    expect(takeMarkup(id)).toBeNull();
    expect(takeMarkup(other)).toBe("other");
  });

  it("takes static markup inside static markup in whole, as part of it", () => {
    const seen: boolean[] = [];
    function Probe() {
      seen.push(isKeepingMarkup());
      return createElement("p", null, "inner");
    }
    const id = keepMarkup(
      createElement("section", null, createElement(ServerMarkup, null, createElement(Probe))),
    );
    expect(renderToStaticMarkup(takeMarkup(id))).toBe("<section><p>inner</p></section>");
    expect(seen).toEqual([true]);
    expect(isKeepingMarkup()).toBe(false);
  });
});
