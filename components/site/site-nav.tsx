import type { Theme } from "@/lib/theme/theme";
import { viewHref } from "@/lib/url-state/view-params";

export type NavSection =
  "overview" | "changes" | "models" | "providers" | "trends" | "apps" | "costs";

/** Where a page sits: its section, and whether it is that section's own page. */
export type NavCurrent = { section: NavSection; page: boolean };

// The trends, apps and costs are OpenRouter's other datasets, not a stored day's figures: a pinned day
// is not theirs to keep.
const LINKS: { section: NavSection; href: string; label: string; pinned?: false }[] = [
  { section: "overview", href: "/", label: "Overview" },
  { section: "changes", href: "/changes", label: "Changes" },
  { section: "models", href: "/models", label: "Models" },
  { section: "providers", href: "/providers", label: "Providers" },
  { section: "trends", href: "/trends", label: "Trends", pinned: false },
  { section: "apps", href: "/apps", label: "Apps", pinned: false },
  { section: "costs", href: "/costs", label: "Costs", pinned: false },
];

type SiteNavProps = {
  current?: NavCurrent;
  /** The theme the URL asked for, kept so a shared embed's theme survives navigation. */
  theme?: Theme | null;
  /** A pinned day, kept so every section opens on the same day. */
  asOf?: string | null;
};

// Six sections fit a 390-pixel phone with tighter padding there; a narrower one scrolls the row.
export function SiteNav({ current, theme, asOf }: SiteNavProps) {
  return (
    <nav aria-label="Site" className="mx-auto max-w-6xl px-2 sm:px-4">
      <ul className="-mb-px flex gap-0.5 overflow-x-auto text-sm font-medium sm:gap-1">
        {LINKS.map((link) => {
          const active = current?.section === link.section;
          return (
            <li key={link.section}>
              <a
                href={viewHref(link.href, { theme, asOf: link.pinned === false ? null : asOf })}
                aria-current={active ? (current.page ? "page" : "true") : undefined}
                className={`inline-flex min-h-10 items-center rounded-t-md border-b-2 px-2 whitespace-nowrap sm:px-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${
                  active
                    ? "border-accent text-foreground"
                    : "border-transparent text-muted-foreground hover:border-border hover:text-foreground"
                }`}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
