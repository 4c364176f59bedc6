import { Card } from "@/components/ui/card";
import { EstimateInfo, LowerBound } from "@/components/ui/lower-bound";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import type { ModelCatalogue } from "@/lib/derive/catalogue";
import type { OpenWeightsIndex, WeightsSplit } from "@/lib/derive/open-weights";
import type { TermKey } from "@/lib/glossary/terms";
import type { MacroCategory } from "@/lib/model";

import { CatalogueNote } from "./catalogue-note";
import { SharePair } from "./share-pair";

const TABLE_ID = "open-weights-table";

export const WEIGHTS_COLUMNS: { key: keyof WeightsSplit; term: TermKey; label: string }[] = [
  { key: "open", term: "openWeightShare", label: "Open weights" },
  { key: "closed", term: "closedWeightShare", label: "Closed" },
  { key: "unknown", term: "unknownWeightShare", label: "Unknown" },
  { key: "unlisted", term: "unattributedShare", label: "Not listed" },
];

/**
 * How much of all classified traffic, and of each macro-category's, goes to open-weight models:
 * lower bounds, as every estimate from the top lists.
 */
export function OpenWeightsCard({
  weights,
  macroCategories,
  catalogue,
}: {
  weights: OpenWeightsIndex;
  macroCategories: MacroCategory[];
  catalogue: ModelCatalogue;
}) {
  const { overall, modelCounts } = weights;
  const scopes = [
    { key: "all", label: "All tasks", split: overall },
    ...macroCategories.map((macro) => ({
      key: macro.key,
      label: macro.label,
      split: weights.byMacroCategory.get(macro.key) ?? overall,
    })),
  ];

  return (
    <Card
      title="Open weights"
      titleId="open-weights-title"
      className="relative"
      description={
        <>
          Estimated share of classified traffic served by models with published weights, overall and
          within each macro-category; lower bounds. <EstimateInfo id="open-weights-info" />
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <p className="max-w-prose" data-testid="open-weights-summary">
          Open-weight models serve <LowerBound value={overall.open.usageShare} /> of classified
          requests and <LowerBound value={overall.open.tokenShare} /> of tokens; closed models{" "}
          <LowerBound value={overall.closed.usageShare} /> and{" "}
          <LowerBound value={overall.closed.tokenShare} />. Of the listed models, {modelCounts.open}{" "}
          {modelCounts.open === 1 ? "has" : "have"} open weights, {modelCounts.closed}{" "}
          {modelCounts.closed === 1 ? "is" : "are"} closed and {modelCounts.unknown}{" "}
          {modelCounts.unknown === 1 ? "is" : "are"} not in the catalogue (unknown:{" "}
          <LowerBound value={overall.unknown.usageShare} /> of requests, counted as neither).
        </p>
        <Table
          id={TABLE_ID}
          bleed
          className="min-w-[40rem]"
          data-testid="open-weights-table"
          terms={["macroCategory", ...WEIGHTS_COLUMNS.map((column) => column.term)]}
          caption={
            <>
              Share of classified requests (tokens below) by the weights of the models serving them,
              overall and within each macro-category
            </>
          }
          header={
            <tr>
              <TableHead sticky term="macroCategory" table={TABLE_ID}>
                Scope
              </TableHead>
              {WEIGHTS_COLUMNS.map((column) => (
                <TableHead key={column.key} numeric term={column.term} table={TABLE_ID}>
                  {column.label}
                </TableHead>
              ))}
            </tr>
          }
        >
          {scopes.map((scope) => (
            <TableRow key={scope.key} hover data-scope={scope.key}>
              <TableRowHeader sticky>{scope.label}</TableRowHeader>
              {WEIGHTS_COLUMNS.map((column) => (
                <TableCell key={column.key} numeric data-weights={column.key}>
                  <SharePair
                    shares={scope.split[column.key]}
                    lowerBound={column.key !== "unlisted"}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </Table>
        <CatalogueNote catalogue={catalogue} />
      </div>
    </Card>
  );
}
