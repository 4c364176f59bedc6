import Link from "next/link";

// View controls as plain links, not client state: they work without JavaScript, by keyboard
// (Tab, Enter), put every view in the URL, and the back button walks through the changes.

export function SegmentLabel({ children }: { children: React.ReactNode }) {
  return (
    <p className="mb-1.5 text-xs font-medium uppercase tracking-wide text-muted-foreground">
      {children}
    </p>
  );
}

export function Segment({
  href,
  active,
  children,
}: {
  href: string;
  active: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={active ? "true" : undefined}
      className={`inline-flex min-h-9 max-w-full items-center gap-1.5 rounded-md border px-3 py-1.5 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${
        active
          ? "border-foreground bg-foreground text-background"
          : "border-border bg-card hover:bg-muted"
      }`}
    >
      {children}
    </Link>
  );
}

/** A choice that exists but cannot be taken now, with the reason as its description. */
export function DisabledSegment({
  reason,
  children,
}: {
  reason: string;
  children: React.ReactNode;
}) {
  return (
    <span
      aria-disabled="true"
      title={reason}
      className="inline-flex min-h-9 cursor-not-allowed items-center gap-1.5 rounded-md border border-dashed border-border px-3 py-1.5 font-medium text-muted-foreground"
    >
      {children}
      <span className="sr-only"> ({reason})</span>
    </span>
  );
}
