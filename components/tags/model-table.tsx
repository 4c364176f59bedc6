import { ShareDelta } from "@/components/history/share-delta";
import { ModelLink } from "@/components/ui/model-link";
import { TABLE_HEADER_ROW } from "@/components/ui/table-header";
import { formatPercent } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import type { TagShare } from "@/lib/openrouter/types";
import type { ShareMetric } from "@/lib/derive/share-metric";

type ModelTableProps = {
  id: string;
  tag: TagShare;
  otherModelsLabel: string;
  /** Within-tag changes since the comparison snapshot: adds a change column after each share. */
  changes: Changes | undefined;
};

export function ModelTable({ id, tag, otherModelsLabel, changes }: ModelTableProps) {
  const changeCell = (key: string, metric: ShareMetric) =>
    changes && (
      <td className="px-2 py-2 text-right text-xs" data-change={metric}>
        <ShareDelta change={changes.byKey.get(key)} metric={metric} />
      </td>
    );
  const changeHeader = (metric: ShareMetric) =>
    changes && (
      <th scope="col" className="px-2 py-2 text-right font-medium">
        <abbr
          title={`Change since ${changes.baseAsOf}, in percentage points`}
          className="no-underline"
        >
          Δ {metric === "usage" ? "Usage" : "Tokens"}
        </abbr>
      </th>
    );
  return (
    <div className="overflow-x-auto">
      <table
        id={id}
        className="w-full border-collapse text-sm tabular-nums"
        data-testid="model-table"
      >
        <caption className="sr-only">
          Top models for {tag.displayName}: share of this task&rsquo;s requests and tokens
        </caption>
        <thead>
          <tr className={TABLE_HEADER_ROW}>
            <th scope="col" className="w-12 px-2 py-2 font-medium">
              Rank
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Model
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Usage in task
            </th>
            {changeHeader("usage")}
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tokens in task
            </th>
            {changeHeader("tokens")}
          </tr>
        </thead>
        <tbody>
          {tag.models.map((model) => (
            <tr key={model.id} className="border-b border-border" data-model={model.id}>
              <td className="px-2 py-2 text-muted-foreground">{model.rank}</td>
              <th
                scope="row"
                className="px-2 py-2 text-left font-mono text-[13px] font-normal break-words"
              >
                <ModelLink id={model.id} />
              </th>
              <td className="px-2 py-2 text-right">{formatPercent(model.usageShare)}</td>
              {changeCell(model.id, "usage")}
              <td className="px-2 py-2 text-right">{formatPercent(model.tokenShare)}</td>
              {changeCell(model.id, "tokens")}
            </tr>
          ))}
          {tag.otherModels && (
            <tr
              className="border-b border-border text-muted-foreground italic"
              data-model="other-models"
            >
              <td className="px-2 py-2">–</td>
              <th scope="row" className="px-2 py-2 text-left font-normal">
                {otherModelsLabel} <span className="not-italic">(not in the top list)</span>
              </th>
              <td className="px-2 py-2 text-right">{formatPercent(tag.otherModels.usageShare)}</td>
              {changes && <td />}
              <td className="px-2 py-2 text-right">{formatPercent(tag.otherModels.tokenShare)}</td>
              {changes && <td />}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
