import type { ChoiceSet } from "@/lib/derive/choices";
import { ServerMarkup } from "./server-markup";

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
    <a
      href={href}
      aria-current={active ? "true" : undefined}
      className={`inline-flex min-h-9 max-w-full items-center gap-1.5 rounded-md border px-3 py-1.5 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${
        active
          ? "border-foreground bg-foreground text-background"
          : "border-border bg-card hover:bg-muted"
      }`}
    >
      {children}
    </a>
  );
}

/** One link of a setting: what it reads, the view it opens, and whether that is the view shown. */
export type SegmentChoice = {
  label: string;
  href: string;
  active: boolean;
  /** What the link shows when more than its label (a swatch, a count). */
  children?: React.ReactNode;
  /** A label long enough to be cut: the link is held to the row's width. */
  truncates?: boolean;
};

/** A setting's links, in the order its choices are offered. */
export function segmentChoices<Choice extends string>(
  { choices, labels }: Pick<ChoiceSet<Choice>, "choices" | "labels">,
  active: Choice,
  hrefFor: (choice: Choice) => string,
): SegmentChoice[] {
  return choices.map((choice) => ({
    label: labels[choice],
    href: hrefFor(choice),
    active: choice === active,
  }));
}

/** One setting as a row of links under its label; `name` names the navigation for screen readers. */
export function SegmentNav({
  name,
  label,
  choices,
  className,
}: {
  name: string;
  label: string;
  choices: SegmentChoice[];
  className?: string;
}) {
  return (
    <ServerMarkup>
      <nav aria-label={name} className={className}>
        <SegmentLabel>{label}</SegmentLabel>
        <ul className="flex flex-wrap gap-1.5">
          {choices.map((choice) => (
            <li key={choice.href} className={choice.truncates ? "max-w-full" : undefined}>
              <Segment href={choice.href} active={choice.active}>
                {choice.children ?? choice.label}
              </Segment>
            </li>
          ))}
        </ul>
      </nav>
    </ServerMarkup>
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
