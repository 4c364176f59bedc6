/**
 * Copies the text of its block with one click and says so (the page's one listener:
 * copy-on-click.tsx), so a panel of snippets stays static markup: the block is the nearest
 * element marked `data-copy-block`, its text the element in it marked `data-copy-text`. Without
 * JavaScript it is hidden (it could do nothing) and the text is there to select and copy by hand.
 */
export function CopyButton({ label }: { label: string }) {
  return (
    <span className="needs-js inline-flex items-center gap-2">
      <span role="status" className="text-xs text-muted-foreground" />
      <button
        type="button"
        aria-label={label}
        data-copy
        className="rounded-md border border-border bg-card px-2 py-0.5 text-xs font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        Copy
      </button>
    </span>
  );
}
