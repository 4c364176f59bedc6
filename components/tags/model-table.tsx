import { ChangeCell, ChangeHeader } from "@/components/history/change-cells";
import { ModelLink } from "@/components/ui/model-link";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { formatPercent } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import type { TagShare } from "@/lib/model";

type ModelTableProps = {
  id: string;
  tag: TagShare;
  otherModelsLabel: string;
  /** Within-tag changes since the comparison snapshot: adds a change column after each share. */
  changes: Changes | undefined;
};

export function ModelTable({ id, tag, otherModelsLabel, changes }: ModelTableProps) {
  return (
    <Table
      id={id}
      hidesColumns
      data-testid="model-table"
      terms={[
        "rank",
        "model",
        "modelUsageInTask",
        ...(changes ? (["usageChange"] as const) : []),
        "modelTokensInTask",
        ...(changes ? (["tokenChange"] as const) : []),
      ]}
      caption={
        <>Top models for {tag.displayName}: share of this task&rsquo;s requests and tokens</>
      }
      header={
        <tr>
          {/* On a phone the rows' order gives the rank: the model ids get its width. */}
          <TableHead secondary className="w-12" term="rank" table={id} />
          <TableHead term="model" table={id} />
          <TableHead numeric term="modelUsageInTask" table={id} />
          {changes && (
            <ChangeHeader secondary metric="usage" baseAsOf={changes.baseAsOf} table={id} />
          )}
          <TableHead numeric term="modelTokensInTask" table={id} />
          {changes && (
            <ChangeHeader secondary metric="tokens" baseAsOf={changes.baseAsOf} table={id} />
          )}
        </tr>
      }
    >
      {tag.models.map((model) => (
        <TableRow key={model.id} data-model={model.id}>
          <TableCell secondary className="text-muted-foreground">
            {model.rank}
          </TableCell>
          <TableRowHeader className="font-mono text-[13px] break-words">
            <ModelLink id={model.id} />
          </TableRowHeader>
          <TableCell numeric>{formatPercent(model.usageShare)}</TableCell>
          {changes && <ChangeCell secondary change={changes.byKey.get(model.id)} metric="usage" />}
          <TableCell numeric>{formatPercent(model.tokenShare)}</TableCell>
          {changes && <ChangeCell secondary change={changes.byKey.get(model.id)} metric="tokens" />}
        </TableRow>
      ))}
      {tag.otherModels && (
        <TableRow className="text-muted-foreground italic" data-model="other-models">
          <TableCell secondary>–</TableCell>
          <TableRowHeader>
            {otherModelsLabel} <span className="not-italic">(not in the top list)</span>
          </TableRowHeader>
          <TableCell numeric>{formatPercent(tag.otherModels.usageShare)}</TableCell>
          {changes && <TableCell secondary />}
          <TableCell numeric>{formatPercent(tag.otherModels.tokenShare)}</TableCell>
          {changes && <TableCell secondary />}
        </TableRow>
      )}
    </Table>
  );
}
