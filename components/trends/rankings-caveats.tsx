import { rankingsCaveats } from "@/lib/glossary/rankings";

/** The honest labels of a rankings view, said once near its top. */
export function RankingsCaveats({ sampled = false }: { sampled?: boolean }) {
  return (
    <ul
      className="flex max-w-prose list-disc flex-col gap-1 pl-5 text-sm text-muted-foreground"
      aria-label="About these figures"
      data-testid="rankings-caveats"
    >
      {rankingsCaveats(sampled).map((caveat) => (
        <li key={caveat}>{caveat}</li>
      ))}
    </ul>
  );
}
