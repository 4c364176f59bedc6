"use client";

import { useEffect, useRef } from "react";

import { takeMarkup } from "@/lib/server-markup";

// The browser's side of <ServerMarkup>. Hydration keeps the server's markup: an element whose
// props set its inner HTML is not walked, whatever it holds. A later render on the client (the
// page refreshed in place when newer data arrives, a theme change) brings new ids and no
// markup, so the host reads the page's new HTML and takes its part from there, matched by
// position; if the page has changed shape, it loads the page.

const NO_MARKUP = { __html: "" };
const HOST = "data-server-markup";

export type HostElement = "div" | "tbody";

export function ServerMarkupHost({ id, as: Host = "div" }: { id: string; as?: HostElement }) {
  const host = useRef<HTMLElement | null>(null);
  const keep = (element: HTMLElement | null) => {
    host.current = element;
  };
  const layout = Host === "div" ? "contents" : undefined;
  const shown = useRef<string | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || shown.current === id) return;
    if (shown.current === null && element.hasChildNodes()) {
      shown.current = id;
      return;
    }
    let current = true;
    void markupFromServer(element).then((markup) => {
      if (!current) return;
      if (!markup) return window.location.reload();
      element.replaceChildren(...markup.childNodes);
      shown.current = id;
    });
    return () => {
      current = false;
    };
  }, [id]);

  if (typeof window === "undefined") {
    return (
      <Host ref={keep} className={layout} {...{ [HOST]: "" }}>
        {takeMarkup(id)}
      </Host>
    );
  }
  return (
    <Host
      ref={keep}
      className={layout}
      {...{ [HOST]: "" }}
      dangerouslySetInnerHTML={NO_MARKUP}
      suppressHydrationWarning
    />
  );
}

// Every host re-rendered in one update asks at once: one request serves them all.
let pending: { url: string; page: Promise<Document | null> } | null = null;

function currentPage(): Promise<Document | null> {
  const url = window.location.href;
  if (pending?.url === url) return pending.page;
  const page = fetch(url, { cache: "no-store", headers: { Accept: "text/html" } })
    .then((response) => (response.ok ? response.text() : null))
    .then((html) => (html ? new DOMParser().parseFromString(html, "text/html") : null))
    .catch(() => null)
    .finally(() => {
      if (pending?.page === page) pending = null;
    });
  pending = { url, page };
  return page;
}

async function markupFromServer(element: HTMLElement): Promise<Element | null> {
  const page = await currentPage();
  if (!page) return null;
  const hosts = [...document.querySelectorAll(`[${HOST}]`)];
  const fresh = [...page.querySelectorAll(`[${HOST}]`)];
  if (hosts.length !== fresh.length) return null;
  const match = fresh[hosts.indexOf(element)];
  return match ? document.importNode(match, true) : null;
}
