import { CatalogueNote } from "@/components/models/catalogue-note";
import { WEIGHTS_COLUMNS } from "@/components/models/open-weights-card";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import type { ModelCatalogue } from "@/lib/derive/catalogue";
import type { WeightsSplit } from "@/lib/derive/open-weights";
import { formatPercent } from "@/lib/format";

/**
 * How much of one task goes to its listed open-weight models. The listed models' shares are
 * published, so these figures are exact; the unlisted rest may be either.
 */
export function TagWeightsCard({
  split,
  catalogue,
}: {
  split: WeightsSplit;
  catalogue: ModelCatalogue;
}) {
  return (
    <Card
      title="Open weights in this task"
      titleId="tag-weights-title"
      description="The listed models' shares of this task's requests and tokens, by whether their weights are published: exact, as published. The models not listed may be open or closed, so the task's true open-weight share is at least the first figure."
    >
      <div className="flex flex-col gap-3">
        <dl
          className="grid grid-cols-1 gap-3 tabular-nums sm:grid-cols-2 lg:grid-cols-4"
          data-testid="tag-weights"
        >
          {WEIGHTS_COLUMNS.map((column) => (
            <Stat
              key={column.key}
              label={column.label}
              term={column.term}
              value={formatPercent(split[column.key].usageShare)}
              note={`of requests · ${formatPercent(split[column.key].tokenShare)} of tokens`}
              testId={`tag-weights-${column.key}`}
            />
          ))}
        </dl>
        <CatalogueNote catalogue={catalogue} />
      </div>
    </Card>
  );
}
