"use client";

import { takeMarkup } from "@/lib/server-markup";

// The browser's side of <ServerMarkup>. In a full page load the host gets an id, and the HTML
// render writes out the markup kept under it; hydration then leaves that markup as it is, since
// an element whose props set its inner HTML is not walked, whatever it holds. A render from an
// RSC payload alone (a client-side navigation, a refresh) gets the content itself, as children;
// the two kinds of host have their own keys, so one replaces the other rather than mixing.

const NO_MARKUP = { __html: "" };

export type HostElement = "div" | "tbody";

export function ServerMarkupHost({
  id,
  as: Host = "div",
  children,
}: {
  id?: string;
  as?: HostElement;
  children?: React.ReactNode;
}) {
  const layout = Host === "div" ? "contents" : undefined;
  if (id === undefined) {
    return (
      <Host key="content" className={layout}>
        {children}
      </Host>
    );
  }
  if (typeof window === "undefined") {
    return (
      <Host key="markup" className={layout}>
        {takeMarkup(id)}
      </Host>
    );
  }
  return (
    <Host
      key="markup"
      className={layout}
      dangerouslySetInnerHTML={NO_MARKUP}
      suppressHydrationWarning
    />
  );
}
