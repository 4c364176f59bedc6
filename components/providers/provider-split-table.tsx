import { ModelLink } from "@/components/ui/model-link";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { Swatch } from "@/components/ui/swatch";
import { formatPercent } from "@/lib/format";
import type { ProviderSplit } from "@/lib/derive/model-usage";
import { OTHER_MODELS_LABEL, type ProviderPalette } from "@/lib/derive/provider-series";

import { ProviderName } from "./provider-name";

type ProviderSplitTableProps = {
  id: string;
  caption: string;
  split: ProviderSplit;
  palette: ProviderPalette;
};

/** One tag's provider split: each provider's listed models summed, then the remainder. */
export function ProviderSplitTable({ id, caption, split, palette }: ProviderSplitTableProps) {
  return (
    <Table
      id={id}
      data-testid={id}
      terms={["provider", "modelUsageInTask", "modelTokensInTask"]}
      caption={caption}
      header={
        <tr>
          <TableHead term="provider" table={id}>
            Provider and its listed models
          </TableHead>
          <TableHead numeric term="modelUsageInTask" table={id} />
          <TableHead numeric term="modelTokensInTask" table={id} />
        </tr>
      }
    >
      {split.providers.map((item) => (
        <TableRow key={item.provider} data-provider={item.provider}>
          <TableRowHeader>
            <ProviderName
              provider={item.provider}
              colour={palette.seriesOf(item.provider).colour}
            />
            <ul className="flex flex-col pl-4.5 font-mono text-xs">
              {item.models.map((model) => (
                <li key={model} className="break-words">
                  {/* 24 px tall: a comfortable target (WCAG 2.5.8) in a list of small links. */}
                  <ModelLink id={model} className="inline-block leading-6" />
                </li>
              ))}
            </ul>
          </TableRowHeader>
          <TableCell numeric>{formatPercent(item.usageShare)}</TableCell>
          <TableCell numeric>{formatPercent(item.tokenShare)}</TableCell>
        </TableRow>
      ))}
      {(split.otherModels.usageShare > 0 || split.otherModels.tokenShare > 0) && (
        <TableRow className="text-muted-foreground italic" data-provider="other-models">
          <TableRowHeader>
            <span className="inline-flex items-center gap-2">
              <Swatch colour="var(--provider-unlisted)" outlined />
              {OTHER_MODELS_LABEL}
            </span>
            <span className="block pl-4.5 text-xs not-italic">not in the top list</span>
          </TableRowHeader>
          <TableCell numeric>{formatPercent(split.otherModels.usageShare)}</TableCell>
          <TableCell numeric>{formatPercent(split.otherModels.tokenShare)}</TableCell>
        </TableRow>
      )}
    </Table>
  );
}
