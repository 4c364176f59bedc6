"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { listenAll } from "@/components/ui/listen-all";

/**
 * The page's links move within the app, as next/link's would, though they are plain anchors:
 * most of a page is static markup (components/ui/server-markup.tsx), where next/link cannot be.
 * A link to another page opens at its top; one to the same page in another state (a sort, a
 * filter, a day) keeps the reader's place. Files, the API and a link marked `data-full-load`
 * (one that must leave a not-found page) load as usual. Another page is prefetched when the
 * pointer or the keyboard reaches its link: prefetching every section up front would parse their
 * whole payloads while the page itself is still loading.
 */
export function SoftLinks() {
  const router = useRouter();

  useEffect(() => {
    // On window, so it runs after React's own handlers: one that took the click has said so.
    const onClick = (event: MouseEvent) => {
      const link = linkOf(event);
      if (!link || event.defaultPrevented || !isInAppPage(link)) return;
      const modified =
        event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
      if (modified) return;
      const samePage = link.pathname === window.location.pathname;
      if (samePage && link.search === window.location.search && link.hash) return;
      event.preventDefault();
      router.push(`${link.pathname}${link.search}${link.hash}`, { scroll: !samePage });
    };
    // Only another page: the same one in another state is the page already shown, mostly.
    const onIntent = (event: Event) => {
      const link = linkOf(event);
      if (!link || !isInAppPage(link) || link.pathname === window.location.pathname) return;
      router.prefetch(`${link.pathname}${link.search}`);
    };
    return listenAll(
      [window, "click", onClick],
      [document, "pointerover", onIntent],
      [document, "focusin", onIntent],
    );
  }, [router]);

  return null;
}

/** The link an event happened in, if any. */
function linkOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest("a") : null;
}

/** A page of this app, opened in this tab: not a file, the API, a download or a new window. */
function isInAppPage(link: HTMLAnchorElement): boolean {
  if (link.origin !== window.location.origin) return false;
  if (link.hasAttribute("download") || link.hasAttribute("data-full-load")) return false;
  if (link.target && link.target !== "_self") return false;
  const last = link.pathname.split("/").at(-1) ?? "";
  return !link.pathname.startsWith("/api/") && !last.includes(".");
}
