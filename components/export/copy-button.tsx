/**
 * Copies `text` with one click and says so (the page's one listener: copy-on-click.tsx), so a
 * panel of snippets stays static markup. Without JavaScript it is hidden (it could do nothing)
 * and the text beside it is there to select and copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  return (
    <span className="needs-js inline-flex items-center gap-2">
      <span role="status" className="text-xs text-muted-foreground" />
      <button
        type="button"
        aria-label={label}
        data-copy={text}
        className="rounded-md border border-border bg-card px-2 py-0.5 text-xs font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Copy
      </button>
    </span>
  );
}
