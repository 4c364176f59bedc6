import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { ShareMove } from "@/lib/derive/digest";
import { SHARE_METRIC_NOUNS } from "@/lib/derive/share-metric";
import { tagHref } from "@/lib/derive/tags";
import { formatPercent, formatPoints, formatUsualMove } from "@/lib/format";
import type { HistoryState } from "@/lib/url-state/view-params";

/** Share moves as a table: what moved, from and to, by how much, and its usual move. */
export function MovesTable({
  id,
  caption,
  moves,
  history,
}: {
  id: string;
  caption: string;
  moves: ShareMove[];
  history: HistoryState;
}) {
  return (
    <Table
      id={id}
      data-testid={id}
      caption={caption}
      bleed
      className="min-w-[36rem]"
      hidesColumns
      terms={["movedItem", "shareOf", "shareFrom", "shareTo", "move", "usualMove"]}
      header={
        <tr>
          <TableHead sticky term="movedItem" table={id} />
          <TableHead term="shareOf" table={id} />
          <TableHead secondary numeric term="shareFrom" table={id} />
          <TableHead secondary numeric term="shareTo" table={id} />
          <TableHead numeric term="move" table={id} />
          <TableHead secondary numeric term="usualMove" table={id} />
        </tr>
      }
    >
      {moves.map((move) => (
        <TableRow key={`${move.scope}:${move.key}:${move.metric}`} data-move={move.key}>
          <TableRowHeader sticky className="max-w-56">
            {move.scope === "task" ? (
              <TextLink href={tagHref(move.key, history)} className="font-medium">
                {move.label}
              </TextLink>
            ) : (
              <span className="font-medium">{move.label} (category)</span>
            )}
          </TableRowHeader>
          <TableCell>{SHARE_METRIC_NOUNS[move.metric]}</TableCell>
          <TableCell secondary numeric>
            {formatPercent(move.from)}
          </TableCell>
          <TableCell secondary numeric>
            {formatPercent(move.to)}
          </TableCell>
          <TableCell numeric className="font-medium whitespace-nowrap">
            {formatPoints(move.change)}
          </TableCell>
          <TableCell secondary numeric className="whitespace-nowrap text-muted-foreground">
            {move.typical === null ? "not enough history" : formatUsualMove(move.typical)}
          </TableCell>
        </TableRow>
      ))}
    </Table>
  );
}
