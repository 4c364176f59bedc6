import { ProviderName } from "@/components/providers/provider-name";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { cx } from "@/components/ui/cx";
import { EstimateInfo, LowerBound } from "@/components/ui/lower-bound";
import { Stat } from "@/components/ui/stat";
import { TextLink } from "@/components/ui/text-link";
import { formatPercent } from "@/lib/format";
import {
  createdDay,
  displayName,
  isNewOn,
  weightsOf,
  type ModelInfo,
} from "@/lib/derive/catalogue";
import { MODEL_SORT } from "@/lib/derive/model-list";
import type { ModelUsage } from "@/lib/derive/model-usage";
import { providerLabel } from "@/lib/derive/models";
import { modelsHref } from "@/lib/url-state/models-params";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";

import { NewLabel } from "./new-label";
import { WeightsLabel } from "./weights-label";

/** The model's name and id, provider, weights and its headline estimates. */
export function ModelSummary({
  model,
  tagTotal,
  info,
  asOf,
}: {
  model: ModelUsage;
  tagTotal: number;
  /** What the catalogue says about it; undefined when it does not list it. */
  info: ModelInfo | undefined;
  /** The day shown, for "new this week". */
  asOf: string;
}) {
  const name = displayName(info, model.id);
  return (
    <section aria-labelledby="model-title" className="flex flex-col gap-5">
      <Breadcrumb
        trail={[
          {
            href: modelsHref({ provider: null, sort: MODEL_SORT.default, asOf: pinnedDay() }),
            label: "Models",
          },
          {
            href: modelsHref({
              provider: model.provider,
              sort: MODEL_SORT.default,
              asOf: pinnedDay(),
            }),
            label: providerLabel(model.provider),
          },
        ]}
        current={name}
      />
      <div>
        <h1
          id="model-title"
          className={cx(
            "text-xl font-semibold tracking-tight break-words sm:text-2xl",
            !info && "font-mono break-all",
          )}
        >
          {name}
        </h1>
        {info && (
          <p
            className="mt-0.5 font-mono text-sm break-all text-muted-foreground"
            data-testid="model-slug"
          >
            {model.id}
          </p>
        )}
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
          <WeightsLabel weights={weightsOf(info)} />
          {info && <span>Added to OpenRouter {createdDay(info.created)}</span>}
          {isNewOn(info, asOf) && <NewLabel />}
          <span>
            Provider <ProviderName provider={model.provider} />
          </span>
          <span>
            Listed in {model.tagCount} of {tagTotal} tasks
          </span>
        </p>
      </div>
      {/* One column on a phone: two would leave "at least 16.8%" wider than its card, and a long
          top task ("Classification") broken mid-word. */}
      <dl
        className="grid grid-cols-1 gap-3 tabular-nums sm:grid-cols-2 lg:grid-cols-4"
        data-testid="model-stats"
      >
        <Stat
          label="Est. share of requests"
          term="estUsageShare"
          value={<LowerBound value={model.estUsageShare} />}
          note={
            <>
              of all classified requests · <EstimateInfo id="model-estimate-info" />
            </>
          }
        />
        <Stat
          label="Est. share of tokens"
          term="estTokenShare"
          value={<LowerBound value={model.estTokenShare} />}
          note="of all classified tokens"
        />
        <Stat
          label="Tasks"
          term="taskCount"
          value={`${model.tagCount} of ${tagTotal}`}
          note="tasks whose top list names it"
        />
        <Stat
          label="Top task"
          term="topTask"
          value={
            <TextLink href={tagHref(model.topTag.tag, { asOf: pinnedDay() })} className="text-xl">
              {model.topTag.displayName}
            </TextLink>
          }
          note={`${formatPercent(model.topTag.usageMix ?? 0)} of its counted requests`}
        />
      </dl>
    </section>
  );
}
