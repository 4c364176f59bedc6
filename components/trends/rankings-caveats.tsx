import { rankingsCaveats } from "@/lib/glossary/rankings";
import type { DataSource } from "@/lib/model";

/** The honest labels of a rankings view, said once near its top, in the words of its mode. */
export function RankingsCaveats({
  source,
  sampled = false,
}: {
  source: DataSource;
  sampled?: boolean;
}) {
  return (
    <ul
      className="flex max-w-prose list-disc flex-col gap-1 pl-5 text-sm text-muted-foreground"
      aria-label="About these figures"
      data-testid="rankings-caveats"
    >
      {rankingsCaveats(source, sampled).map((caveat) => (
        <li key={caveat}>{caveat}</li>
      ))}
    </ul>
  );
}
