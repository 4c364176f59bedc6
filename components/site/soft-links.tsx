"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const SECTION_LINKS = 'nav[aria-label="Site"] a';
// Long enough for the page's own work to be done first.
const SECTIONS_AFTER_MS = 1_500;

/**
 * The page's links move within the app, as next/link's would, though they are plain anchors:
 * most of a page is static markup (components/ui/server-markup.tsx), where next/link cannot be.
 * A link to another page opens at its top; one to the same page in another state (a sort, a
 * filter, a day) keeps the reader's place. Files, the API and a link marked `data-full-load`
 * (one that must leave a not-found page) load as usual. The site's sections are prefetched once
 * the page is idle, any other page when the pointer or the keyboard reaches its link.
 */
export function SoftLinks() {
  const router = useRouter();

  useEffect(() => {
    // On window, so it runs after React's own handlers: one that took the click has said so.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a") : null;
      if (!link || event.defaultPrevented || !isInAppPage(link)) return;
      const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey;
      if (modified || event.altKey) return;
      const samePage = link.pathname === window.location.pathname;
      if (samePage && link.search === window.location.search && link.hash) return;
      event.preventDefault();
      router.push(`${link.pathname}${link.search}${link.hash}`, { scroll: !samePage });
    };
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a") : null;
      if (link && isInAppPage(link)) router.prefetch(`${link.pathname}${link.search}`);
    };
    const prefetchSections = () => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>(SECTION_LINKS)) {
        if (isInAppPage(link) && link.getAttribute("aria-current") === null) {
          router.prefetch(`${link.pathname}${link.search}`);
        }
      }
    };
    const idle = window.setTimeout(prefetchSections, SECTIONS_AFTER_MS);
    window.addEventListener("click", onClick);
    document.addEventListener("pointerover", onIntent);
    document.addEventListener("focusin", onIntent);
    return () => {
      window.clearTimeout(idle);
      window.removeEventListener("click", onClick);
      document.removeEventListener("pointerover", onIntent);
      document.removeEventListener("focusin", onIntent);
    };
  }, [router]);

  return null;
}

/** A page of this app, opened in this tab: not a file, the API, a download or a new window. */
function isInAppPage(link: HTMLAnchorElement): boolean {
  if (link.origin !== window.location.origin) return false;
  if (link.hasAttribute("download") || link.hasAttribute("data-full-load")) return false;
  if (link.target && link.target !== "_self") return false;
  const last = link.pathname.split("/").at(-1) ?? "";
  return !link.pathname.startsWith("/api/") && !last.includes(".");
}
