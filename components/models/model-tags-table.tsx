import { MacroBadge } from "@/components/ui/macro-badge";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { formatPercent } from "@/lib/format";
import type { ModelUsage } from "@/lib/derive/model-usage";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";

type ModelTagsTableProps = {
  id: string;
  model: ModelUsage;
  macroLabel: (key: string) => string;
  macroColour: (key: string) => string;
};

const MIX_UNKNOWN = "–";

// Three groups of columns, each a pair of requests and tokens under a spanning header.
const GROUPS = [
  { heading: "In the task", span: 3 },
  {
    heading: "Of all classified",
    title: "Share in the task × the task's share of all classified traffic",
    span: 2,
  },
  {
    heading: "Task mix",
    title: "Its contribution through the task as a share of its estimated total",
    span: 2,
  },
];

const COLUMNS = ["Rank", "Requests", "Tokens", "Requests", "Tokens", "Requests", "Tokens"];

/** Every tag listing the model: its place and shares there, and what that adds up to overall. */
export function ModelTagsTable({ id, model, macroLabel, macroColour }: ModelTagsTableProps) {
  const mix = (value: number | null) => (value === null ? MIX_UNKNOWN : formatPercent(value));
  return (
    <Table
      id={id}
      bleed
      className="min-w-[46rem]"
      data-testid={id}
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
                key={group.heading}
                scope="colgroup"
                colSpan={group.span}
                size="group"
                className="border-b border-border text-center"
              >
                {group.title ? (
                  <abbr title={group.title} className="no-underline">
                    {group.heading}
                  </abbr>
                ) : (
                  group.heading
                )}
              </TableHead>
            ))}
          </tr>
          <tr>
            <TableHead sticky>Task</TableHead>
            {COLUMNS.map((column, index) => (
              <TableHead key={index} numeric>
                {column}
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
          <TableCell numeric className="whitespace-nowrap">
            #{item.rank} <span className="text-muted-foreground">of {item.listedCount}</span>
          </TableCell>
          <TableCell numeric>{formatPercent(item.usageShare)}</TableCell>
          <TableCell numeric>{formatPercent(item.tokenShare)}</TableCell>
          <TableCell numeric>{formatPercent(item.usageContribution)}</TableCell>
          <TableCell numeric>{formatPercent(item.tokenContribution)}</TableCell>
          <TableCell numeric>{mix(item.usageMix)}</TableCell>
          <TableCell numeric>{mix(item.tokenMix)}</TableCell>
        </TableRow>
      ))}
    </Table>
  );
}
