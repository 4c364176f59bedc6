import { Card } from "@/components/ui/card";

type NoHistoryNoteProps = { firstDate: string; then: string };

/**
 * What a history view says while only one snapshot is stored, instead of an empty chart;
 * `then` says what will appear, e.g. "Its trend appears here once a second day is stored."
 */
export function NoHistoryNote({ firstDate, then }: NoHistoryNoteProps) {
  return (
    <p
      role="note"
      data-testid="no-history"
      className="rounded-lg bg-muted px-4 py-6 text-center text-sm text-muted-foreground"
    >
      History starts on {firstDate}: only one snapshot is stored so far. {then}
    </p>
  );
}

/** A card over time while only one snapshot is stored: its title, and the note in its place. */
export function NoHistoryCard({
  title,
  titleId,
  ...note
}: NoHistoryNoteProps & { title: string; titleId: string }) {
  return (
    <Card title={title} titleId={titleId}>
      <NoHistoryNote {...note} />
    </Card>
  );
}
