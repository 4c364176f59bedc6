import { TEXT_LINK } from "@/components/ui/text-link";

/** Download links for the data behind a view; each carries the date shown, so it never drifts. */
export function ExportLinks({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-3 text-sm" aria-label="Download the data">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className={TEXT_LINK} download>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
