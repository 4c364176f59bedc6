import { cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

import { processState } from "./process-state";

// Static markup sent once. A server component's output normally reaches the browser twice: as
// HTML and again in the RSC payload, which React needs to hydrate it. Tables and drawn charts
// have nothing to hydrate, so <ServerMarkup> (components/ui/server-markup.tsx) keeps their
// elements here during the RSC render and puts only an id in the payload; the HTML render of
// the same request, in the same process, takes them back by that id and writes them out.
//
// What is kept is plain HTML and SVG elements: the components inside are called here, in the
// RSC render, where request-scoped values (React's cache) are still in reach; the HTML render
// only writes tags out. The id is a fingerprint of that markup, so a page renders to the same
// bytes every time and on every replica (the render cache and ETags rely on it); renders of
// the same markup at once share its entry, counted.

/** Long enough for the HTML render that follows; RSC-only renders never take theirs. */
const KEEP_MS = 30_000;

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

// Set while a ServerMarkup's content is expanded: one inside it is already static and goes in
// whole. The expansion is synchronous, so no other render runs while it is set.
let expanding = 0;

/** Whether this render is inside static markup being kept (a nested ServerMarkup's case). */
export function isKeepingMarkup(): boolean {
  return expanding > 0;
}

function kept() {
  return (processState.serverMarkup ??= new Map());
}

/** Keeps `node` for this request's HTML render; the id goes in the RSC payload instead. */
export function keepMarkup(node: ReactNode): string {
  const markup = kept();
  const now = Date.now();
  for (const [id, entry] of markup) {
    if (now - entry.keptAt <= KEEP_MS) break;
    markup.delete(id);
  }
  expanding += 1;
  let elements: ReactNode;
  try {
    elements = hostElements(node);
  } finally {
    expanding -= 1;
  }
  const id = fingerprint(elements);
  const held = markup.get(id);
  // Moved to the end, with its new time: the map stays in the order entries expire.
  markup.delete(id);
  markup.set(id, { node: elements, keptAt: now, renders: (held?.renders ?? 0) + 1 });
  return id;
}

/** The markup kept under `id`, for one render (the HTML render's side). */
export function takeMarkup(id: string): ReactNode {
  const markup = kept();
  const entry = markup.get(id);
  if (!entry) return null;
  entry.renders -= 1;
  if (entry.renders === 0) markup.delete(id);
  return entry.node;
}

/** A hash of the markup's tags, attributes and text (cyrb53: 53 bits, ample for a few ids). */
function fingerprint(elements: ReactNode): string {
  const text = JSON.stringify(elements, (_key, value: unknown) =>
    isValidElement(value) ? [value.type, value.key, value.props] : value,
  );
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

type Props = { children?: ReactNode };

/** `node` with every component in it called: elements of tags only. */
export function hostElements(node: ReactNode): ReactNode {
  if (Array.isArray(node)) return node.map(hostElements);
  if (!isValidElement<Props>(node)) return node;
  const { type, props } = node;
  if (typeof type === "string" || type === Fragment) {
    return props.children === undefined
      ? node
      : cloneElement(node, { children: hostElements(props.children) });
  }
  if (typeof type !== "function" || Reflect.get(type, "$$typeof") === CLIENT_REFERENCE) {
    throw new Error(`Static markup cannot hold ${describe(node)}: it never hydrates.`);
  }
  const rendered: unknown = Reflect.apply(type, undefined, [props]);
  if (rendered instanceof Promise) {
    throw new Error(`Static markup cannot hold the async component ${describe(node)}.`);
  }
  return hostElements(rendered as ReactNode);
}

function describe({ type }: ReactElement): string {
  const name = typeof type === "function" ? type.name : undefined;
  return name ? `<${name}>` : "a client component";
}
