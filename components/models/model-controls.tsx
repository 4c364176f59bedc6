import { segmentChoices, SegmentNav } from "@/components/ui/segmented-links";
import { WEIGHTS, WEIGHTS_LABELS } from "@/lib/model";
import { MODEL_SORT } from "@/lib/derive/model-list";
import type { ProviderUsage } from "@/lib/derive/model-usage";
import { providerLabel } from "@/lib/derive/models";
import { modelsHref, type ModelsState } from "@/lib/url-state/models-params";

/** Provider and weights filters and sort for the models index, as links. */
export function ModelControls({
  state,
  providers,
}: {
  state: ModelsState;
  providers: ProviderUsage[];
}) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <SegmentNav
        name="Filter models by provider"
        label="Provider"
        choices={[
          {
            label: "All",
            href: modelsHref({ ...state, provider: null }),
            active: state.provider === null,
          },
          ...providers.map((item) => ({
            label: providerLabel(item.provider),
            href: modelsHref({ ...state, provider: item.provider }),
            active: state.provider === item.provider,
            truncates: true,
            children: (
              <>
                <span className="truncate">{providerLabel(item.provider)}</span>
                <span className="text-xs opacity-70 tabular-nums">{item.models.length}</span>
              </>
            ),
          })),
        ]}
      />
      <SegmentNav
        name="Filter models by weights"
        label="Weights"
        choices={[null, ...WEIGHTS].map((weights) => ({
          label: weights === null ? "All" : WEIGHTS_LABELS[weights],
          href: modelsHref({ ...state, weights }),
          active: state.weights === weights,
        }))}
      />
      <SegmentNav
        name="Sort models"
        label="Sort by"
        choices={segmentChoices(MODEL_SORT, state.sort, (sort) => modelsHref({ ...state, sort }))}
      />
    </div>
  );
}
