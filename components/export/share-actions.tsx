"use client";

import { useState } from "react";

/** "Copy link" (this exact view) and "Copy citation" (the line every reuse must carry). */
export function ShareActions({ citation }: { citation: string }) {
  const [status, setStatus] = useState("");

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied`);
    } catch {
      setStatus(`Could not copy the ${what.toLowerCase()}: your browser refused. ${text}`);
    }
  }

  return (
    <div className="needs-js flex flex-wrap items-center justify-end gap-2 text-sm print:hidden">
      <p role="status" className="text-muted-foreground" data-testid="share-status">
        {status}
      </p>
      <button
        type="button"
        onClick={() => void copy(window.location.href, "Link")}
        className={BUTTON}
      >
        Copy link
      </button>
      <button type="button" onClick={() => void copy(citation, "Citation")} className={BUTTON}>
        Copy citation
      </button>
    </div>
  );
}

const BUTTON =
  "inline-flex min-h-9 items-center rounded-md border border-border bg-card px-3 py-1.5 font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";
