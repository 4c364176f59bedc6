import Link from "next/link";

// A row of links styled as a segmented control: each option is a URL, so the view it shows can
// be shared, reached by keyboard and walked back with the browser.

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
      className={`inline-flex min-h-9 items-center gap-1.5 rounded-md border px-3 py-1.5 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${
        active
          ? "border-foreground bg-foreground text-background"
          : "border-border bg-card hover:bg-muted"
      }`}
    >
      {children}
    </Link>
  );
}
