"use client";

import { takeMarkup } from "@/lib/server-markup";

// The browser's side of <ServerMarkup>. In a full page load the host gets an id, and the HTML
// render writes out the markup kept under it; hydration then leaves that markup as it is, since
// an element whose props set its inner HTML is not walked, whatever it holds. A render from an
// RSC payload alone (a client-side navigation, a refresh) gets the content itself, as children;
// the two kinds of host have their own keys, so one replaces the other rather than mixing.

const NO_MARKUP = { __html: "" };

export function ServerMarkupHost({ id, children }: { id?: string; children?: React.ReactNode }) {
  if (id === undefined) {
    return (
      <div key="content" className="contents">
        {children}
      </div>
    );
  }
  if (typeof window === "undefined") {
    return (
      <div key="markup" className="contents">
        {takeMarkup(id)}
      </div>
    );
  }
  return (
    <div
      key="markup"
      className="contents"
      dangerouslySetInnerHTML={NO_MARKUP}
      suppressHydrationWarning
    />
  );
}
