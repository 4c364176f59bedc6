"use client";

import { useEffect, useRef } from "react";

import { keepInViewport } from "./keep-in-viewport";
import { listenAll } from "./listen-all";

type DisclosureMenuProps = {
  /** The <summary> that opens the menu. */
  summary: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  "data-testid"?: string;
};

/**
 * A menu of links on a plain <details>, so it works without JavaScript. With it, the menu also
 * behaves like one: it closes when a link is chosen (a client-side move keeps the element, and
 * it stayed open over the page), on Escape and on a click elsewhere, and gives focus back to
 * its button when the keyboard closed it. Opened, its panel is kept inside the viewport.
 */
export function DisclosureMenu({ summary, children, className, ...rest }: DisclosureMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = (returnFocus: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (returnFocus) details.querySelector("summary")?.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close(true);
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest("a")) close(true);
    };
    const onToggle = () => {
      const panel = details.lastElementChild;
      if (details.open && panel instanceof HTMLElement && panel.tagName !== "SUMMARY") {
        keepInViewport(panel);
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.contains(event.target)) close(false);
    };
    return listenAll(
      [details, "keydown", onKeyDown],
      [details, "click", onClick],
      [details, "toggle", onToggle],
      [document, "pointerdown", onPointerDown],
    );
  }, []);

  return (
    <details ref={ref} className={className} data-testid={rest["data-testid"]}>
      {summary}
      {children}
    </details>
  );
}
