import Link from "next/link";

type SortHeaderProps = {
  /** The URL of the view sorted by this column. */
  href: string;
  active: boolean;
  direction: "ascending" | "descending";
  align?: "left" | "right";
  className?: string;
  children: React.ReactNode;
};

/** A column header that sorts by its column: a plain link, so the sort lives in the URL. */
export function SortHeader({
  href,
  active,
  direction,
  align = "right",
  className,
  children,
}: SortHeaderProps) {
  return (
    <th
      scope="col"
      aria-sort={active ? direction : undefined}
      className={`px-2 py-2 font-medium ${align === "right" ? "text-right" : "text-left"} ${className ?? ""}`}
    >
      <Link
        href={href}
        scroll={false}
        className={`rounded hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent ${active ? "text-foreground" : ""}`}
      >
        {children}
        <span aria-hidden>{active ? (direction === "ascending" ? " ↑" : " ↓") : ""}</span>
      </Link>
    </th>
  );
}
