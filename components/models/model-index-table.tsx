import { ProviderName } from "@/components/providers/provider-name";
import { LowerBound } from "@/components/ui/lower-bound";
import { ModelLink } from "@/components/ui/model-link";
import { SortHeader } from "@/components/ui/sort-header";
import {
  secondaryUnlessSorted,
  Table,
  TableCell,
  TableHead,
  TableRow,
  TableRowHeader,
} from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { modelInfoFor } from "@/lib/data";
import { isNewOn, weightsOf } from "@/lib/derive/catalogue";
import type { ModelSort } from "@/lib/derive/model-list";
import type { ModelUsage } from "@/lib/derive/model-usage";
import { modelsHref, type ModelsState } from "@/lib/url-state/models-params";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";

import { NewLabel } from "./new-label";
import { WeightsLabel } from "./weights-label";

type ModelIndexTableProps = {
  models: ModelUsage[];
  tagTotal: number;
  state: ModelsState;
  /** The day shown, for "new this week". */
  asOf: string;
};

const TABLE_ID = "model-index-table";

/** Every listed model with its estimated shares; each id links to its profile. */
export function ModelIndexTable({ models, tagTotal, state, asOf }: ModelIndexTableProps) {
  const sortHref = (sort: ModelSort) => modelsHref({ ...state, sort });
  // What every sortable header of this table shares.
  const sorting = { current: state.sort, hrefFor: sortHref, table: TABLE_ID };
  // On a phone: the model, its two estimated shares and the column sorted by.
  const secondary = secondaryUnlessSorted(state.sort);
  return (
    <Table
      id={TABLE_ID}
      bleed
      className="min-w-[44rem]"
      hidesColumns
      data-testid="model-index"
      terms={[
        "model",
        "provider",
        "weights",
        "taskCount",
        "estUsageShare",
        "estTokenShare",
        "topTask",
      ]}
      caption={
        <>
          Models in any task&rsquo;s top list with their estimated share of all classified requests
          and tokens (lower bounds), {models.length} rows
        </>
      }
      header={
        <tr>
          <SortHeader sort="name" term="model" sticky {...sorting} />
          <TableHead secondary term="provider" table={TABLE_ID} />
          <TableHead secondary term="weights" table={TABLE_ID} />
          <SortHeader
            sort="tasks"
            term="taskCount"
            numeric
            secondary={secondary("tasks")}
            {...sorting}
          />
          <SortHeader sort="usage" term="estUsageShare" numeric {...sorting} />
          <SortHeader sort="tokens" term="estTokenShare" numeric {...sorting} />
          <TableHead secondary term="topTask" table={TABLE_ID} />
        </tr>
      }
    >
      {models.map((model) => {
        const info = modelInfoFor(model.id);
        return (
          <TableRow key={model.id} hover data-model={model.id}>
            <TableRowHeader
              sticky
              className="max-w-80 font-mono text-[13px] break-words max-sm:max-w-44"
            >
              <ModelLink id={model.id} />
              {isNewOn(info, asOf) && <NewLabel />}
            </TableRowHeader>
            <TableCell secondary className="max-w-40">
              <ProviderName provider={model.provider} />
            </TableCell>
            <TableCell secondary>
              <WeightsLabel weights={weightsOf(info)} />
            </TableCell>
            <TableCell
              numeric
              secondary={secondary("tasks")}
              title={`Listed in ${model.tagCount} of ${tagTotal} tasks`}
            >
              {model.tagCount}
            </TableCell>
            <TableCell numeric>
              <LowerBound value={model.estUsageShare} inTable />
            </TableCell>
            <TableCell numeric>
              <LowerBound value={model.estTokenShare} inTable />
            </TableCell>
            <TableCell secondary className="max-w-48">
              <TextLink
                href={tagHref(model.topTag.tag, { asOf: pinnedDay() })}
                className="block truncate"
              >
                {model.topTag.displayName}
              </TextLink>
            </TableCell>
          </TableRow>
        );
      })}
    </Table>
  );
}
