"use client";

import { useEffect, useSyncExternalStore } from "react";

// The "/" shortcut to the header's search box. The box itself is a plain form that works
// without JavaScript; this only focuses it, and shows the hint once the shortcut works.

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select") !== null;
}

const noSubscription = () => () => {};

export function SearchShortcut({ inputId }: { inputId: string }) {
  // false in the server's HTML and until hydration, true after: the hint never shows unworking.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    const box = document.getElementById(inputId);
    box?.setAttribute("aria-keyshortcuts", "/");
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const input = document.getElementById(inputId);
      if (!(input instanceof HTMLInputElement)) return;
      event.preventDefault();
      input.focus();
      input.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [inputId]);

  if (!ready) return null;
  return (
    <kbd
      aria-hidden
      className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-border bg-muted px-1.5 font-sans text-xs leading-5 text-muted-foreground peer-focus:opacity-0 peer-[:not(:placeholder-shown)]:opacity-0 sm:inline-block"
    >
      /
    </kbd>
  );
}
