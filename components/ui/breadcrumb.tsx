import { Fragment } from "react";

import { TextLink } from "./text-link";

type Crumb = { href: string; label: React.ReactNode };

/** Where a page sits: each level above it a link, the page itself last. Not printed. */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: React.ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground print:hidden">
      <ol className="flex flex-wrap items-center gap-1.5">
        {trail.map((crumb) => (
          <Fragment key={crumb.href}>
            <li className="max-w-full min-w-0 truncate">
              <TextLink href={crumb.href}>{crumb.label}</TextLink>
            </li>
            <li aria-hidden>/</li>
          </Fragment>
        ))}
        <li aria-current="page" className="max-w-full min-w-0 truncate">
          {current}
        </li>
      </ol>
    </nav>
  );
}
