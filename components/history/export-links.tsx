const linkClass =
  "rounded text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent";

/** Download links for the data behind a view; each carries the date shown, so it never drifts. */
export function ExportLinks({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-3 text-sm" aria-label="Download the data">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className={linkClass} download>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
