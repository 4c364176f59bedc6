"use client";

import { useState } from "react";

/**
 * Copies `text` with one click and says so. Without JavaScript it is hidden (it could do
 * nothing) and the text beside it is there to select and copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied");
    } catch {
      setStatus("Select the text to copy it");
    }
  }

  return (
    <span className="needs-js inline-flex items-center gap-2">
      <span role="status" className="text-xs text-muted-foreground">
        {status}
      </span>
      <button
        type="button"
        aria-label={label}
        onClick={() => void copy()}
        className="rounded-md border border-border bg-card px-2 py-0.5 text-xs font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Copy
      </button>
    </span>
  );
}
