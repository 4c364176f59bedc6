export function SampleNotice() {
  return (
    <div
      role="note"
      className="rounded-lg border border-border bg-notice px-4 py-3 text-sm text-notice-foreground"
    >
      <strong className="font-semibold">Sample data.</strong> No OpenRouter API key is configured,
      so this dashboard shows a bundled, illustrative snapshot, not OpenRouter&rsquo;s current
      figures. Set <code className="font-mono text-xs">OPENROUTER_API_KEY</code> on the server to
      see live data.
    </div>
  );
}
