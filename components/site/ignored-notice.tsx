/** Says which view settings in the URL were not understood, so a stale link never misleads. */
export function IgnoredNotice({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  return (
    <p role="status" className="rounded-lg border border-border bg-muted px-4 py-2 text-sm">
      Ignored unknown view setting{ignored.length > 1 ? "s" : ""} {ignored.join(", ")}; showing the
      default instead.
    </p>
  );
}
