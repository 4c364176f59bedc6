import { MacroBadge } from "@/components/ui/macro-badge";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { formatPercent } from "@/lib/format";
import type { ModelTagUsage, ModelUsage } from "@/lib/derive/model-usage";
import type { TermKey } from "@/lib/glossary/terms";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";

type ModelTagsTableProps = {
  id: string;
  model: ModelUsage;
  macroLabel: (key: string) => string;
  macroColour: (key: string) => string;
};

// A task mix has no value when the model's estimated share overall is zero.
const MIX_UNKNOWN = "–";

// Three groups of columns, each a pair of requests and tokens under a spanning header. A phone
// shows the first (the model within each task); the other two wait for the table's switch, a
// whole group at a time so the spanning headers stay over their columns.
const GROUPS = [
  { term: "inTask", span: 3, secondary: false },
  { term: "contribution", span: 2, secondary: true },
  { term: "taskMix", span: 2, secondary: true },
] as const satisfies { term: TermKey; span: number; secondary: boolean }[];

// After the rank, every column is one of the listing's shares.
const SHARE_COLUMNS = [
  { label: "Requests", term: "modelUsageInTask", secondary: false, share: "usageShare" },
  { label: "Tokens", term: "modelTokensInTask", secondary: false, share: "tokenShare" },
  { label: "Requests", term: "contribution", secondary: true, share: "usageContribution" },
  { label: "Tokens", term: "contribution", secondary: true, share: "tokenContribution" },
  { label: "Requests", term: "taskMix", secondary: true, share: "usageMix" },
  { label: "Tokens", term: "taskMix", secondary: true, share: "tokenMix" },
] as const satisfies {
  label: string;
  term: TermKey;
  secondary: boolean;
  share: keyof ModelTagUsage;
}[];

// The columns a phone shows are narrow there (see the rank's cell).
const sizeOf = (column: { secondary: boolean }) => (column.secondary ? undefined : "narrow");

/** Every tag listing the model: its place and shares there, and what that adds up to overall. */
export function ModelTagsTable({ id, model, macroLabel, macroColour }: ModelTagsTableProps) {
  return (
    <Table
      id={id}
      bleed
      className="min-w-[46rem]"
      hidesColumns
      data-testid={id}
      terms={["task", "rank", "modelUsageInTask", "modelTokensInTask", "contribution", "taskMix"]}
      caption={
        <>
          Tasks whose top list names {model.id}: its rank and shares within each task, its
          contribution to all classified traffic, and its task mix
        </>
      }
      header={
        <>
          <tr>
            <TableCell size="group" sticky />
            {GROUPS.map((group) => (
              <TableHead
                key={group.term}
                scope="colgroup"
                colSpan={group.span}
                size="group"
                secondary={group.secondary}
                className="border-b border-border text-center"
                term={group.term}
                table={id}
              />
            ))}
          </tr>
          <tr>
            <TableHead sticky term="task" table={id} />
            <TableHead numeric size="narrow" term="rank" table={id}>
              Rank
            </TableHead>
            {SHARE_COLUMNS.map((column) => (
              <TableHead
                key={column.share}
                numeric
                secondary={column.secondary}
                size={sizeOf(column)}
                term={column.term}
                table={id}
              >
                {column.label}
              </TableHead>
            ))}
          </tr>
        </>
      }
    >
      {model.tags.map((item) => (
        <TableRow key={`${item.tag}#${item.rank}`} data-tag={item.tag}>
          <TableRowHeader sticky className="max-w-60 max-sm:max-w-36">
            <TextLink
              href={tagHref(item.tag, { asOf: pinnedDay() })}
              className="block truncate font-medium"
            >
              {item.displayName}
            </TextLink>
            <span className="block truncate text-xs text-muted-foreground">
              <MacroBadge
                label={macroLabel(item.macroCategory)}
                colour={macroColour(item.macroCategory)}
              />
            </span>
          </TableRowHeader>
          {/* Narrow on a phone, "of N" under the rank: the task and its shares fit 360 px. */}
          <TableCell numeric size="narrow" className="sm:whitespace-nowrap">
            #{item.rank}{" "}
            <span className="whitespace-nowrap text-muted-foreground">of {item.listedCount}</span>
          </TableCell>
          {SHARE_COLUMNS.map((column) => {
            const share = item[column.share];
            return (
              <TableCell
                key={column.share}
                numeric
                secondary={column.secondary}
                size={sizeOf(column)}
              >
                {share === null ? MIX_UNKNOWN : formatPercent(share)}
              </TableCell>
            );
          })}
        </TableRow>
      ))}
    </Table>
  );
}
