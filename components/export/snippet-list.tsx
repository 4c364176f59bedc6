import type { Snippet } from "@/lib/export/snippets";

import { CopyButton } from "./copy-button";

/** Code to load data, each block selectable as text and copied with one click. */
export function SnippetList({ snippets }: { snippets: Snippet[] }) {
  return snippets.map((snippet) => (
    <div key={snippet.language} className="flex flex-col gap-1" data-copy-block>
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium">{snippet.label}</span>
        <CopyButton label={`Copy the ${snippet.label} snippet`} />
      </div>
      <pre
        // Keyboard users scroll a long line too.
        tabIndex={0}
        className="overflow-x-auto rounded-md bg-muted p-2 font-mono text-xs"
        data-language={snippet.language}
      >
        <code data-copy-text>{snippet.code}</code>
      </pre>
    </div>
  ));
}
