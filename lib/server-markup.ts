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
// only writes tags out.

/** Long enough for the HTML render that follows; RSC-only renders never take theirs. */
const KEEP_MS = 30_000;

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

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
  const id = crypto.randomUUID();
  markup.set(id, { node: hostElements(node), keptAt: now });
  return id;
}

/** The markup kept under `id`, once (the HTML render's side). */
export function takeMarkup(id: string): ReactNode {
  const markup = kept();
  const entry = markup.get(id);
  markup.delete(id);
  return entry?.node ?? null;
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
