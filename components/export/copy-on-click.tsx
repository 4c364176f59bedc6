"use client";

import { useEffect } from "react";

/**
 * Every copy button's click (copy-button.tsx), handled once for the page: the buttons are static
 * markup, so the panels holding them need no hydration. The status beside a button says what
 * happened.
 */
export function CopyOnClick() {
  useEffect(() => {
    async function copy(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest<HTMLElement>("button[data-copy]");
      if (!button) return;
      const status = button.parentElement?.querySelector('[role="status"]');
      const text = button.closest("[data-copy-block]")?.querySelector("[data-copy-text]");
      try {
        await navigator.clipboard.writeText(text?.textContent ?? "");
        if (status) status.textContent = "Copied";
      } catch {
        if (status) status.textContent = "Select the text to copy it";
      }
    }
    const listener = (event: MouseEvent) => void copy(event);
    document.addEventListener("click", listener);
    return () => document.removeEventListener("click", listener);
  }, []);

  return null;
}
