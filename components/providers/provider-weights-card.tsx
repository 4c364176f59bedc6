import { SharePair } from "@/components/models/share-pair";
import { WEIGHTS_COLUMNS } from "@/components/models/open-weights-card";
import { Card } from "@/components/ui/card";
import { EstimateInfo } from "@/components/ui/lower-bound";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import type { ProviderWeights } from "@/lib/derive/open-weights";

import { ProviderName } from "./provider-name";

const TABLE_ID = "provider-weights-table";
const COLUMNS = WEIGHTS_COLUMNS.filter(
  (column): column is (typeof WEIGHTS_COLUMNS)[number] & { key: keyof ProviderWeights } =>
    column.key !== "unlisted",
);

/** Each provider's estimated share of all classified traffic, by the weights of its models. */
export function ProviderWeightsCard({ providers }: { providers: ProviderWeights[] }) {
  return (
    <Card
      title="Open weights by provider"
      titleId="provider-weights-title"
      className="relative"
      description={
        <>
          Each provider&rsquo;s estimated share of all classified traffic, split by whether its
          listed models publish their weights; lower bounds.{" "}
          <EstimateInfo id="provider-weights-info" />
        </>
      }
    >
      <Table
        id={TABLE_ID}
        bleed
        className="min-w-[36rem]"
        data-testid="provider-weights-table"
        terms={["provider", ...COLUMNS.map((column) => column.term)]}
        caption={
          <>
            Each provider&rsquo;s estimated share of classified requests (tokens below) through
            open-weight, closed and unknown models
          </>
        }
        header={
          <tr>
            <TableHead sticky term="provider" table={TABLE_ID} />
            {COLUMNS.map((column) => (
              <TableHead key={column.key} numeric term={column.term} table={TABLE_ID}>
                {column.label}
              </TableHead>
            ))}
          </tr>
        }
      >
        {providers.map((provider) => (
          <TableRow key={provider.provider} hover data-provider={provider.provider}>
            <TableRowHeader sticky className="max-w-48">
              <ProviderName provider={provider.provider} />
            </TableRowHeader>
            {COLUMNS.map((column) => {
              const shares = provider[column.key];
              const none = shares.usageShare === 0 && shares.tokenShare === 0;
              return (
                <TableCell key={column.key} numeric data-weights={column.key}>
                  {none ? "–" : <SharePair shares={shares} lowerBound />}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </Table>
    </Card>
  );
}
