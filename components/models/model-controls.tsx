import { Segment, SegmentLabel } from "@/components/ui/segmented-links";
import { WEIGHTS, WEIGHTS_LABELS } from "@/lib/model";
import { MODEL_SORT_LABELS, MODEL_SORTS } from "@/lib/derive/model-list";
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
      <nav aria-label="Filter models by provider">
        <SegmentLabel>Provider</SegmentLabel>
        <ul className="flex flex-wrap gap-1.5">
          <li>
            <Segment
              href={modelsHref({ ...state, provider: null })}
              active={state.provider === null}
            >
              All
            </Segment>
          </li>
          {providers.map((item) => (
            <li key={item.provider} className="max-w-full">
              <Segment
                href={modelsHref({ ...state, provider: item.provider })}
                active={state.provider === item.provider}
              >
                <span className="truncate">{providerLabel(item.provider)}</span>
                <span className="text-xs opacity-70 tabular-nums">{item.models.length}</span>
              </Segment>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Filter models by weights">
        <SegmentLabel>Weights</SegmentLabel>
        <ul className="flex flex-wrap gap-1.5">
          {[null, ...WEIGHTS].map((weights) => (
            <li key={weights ?? "all"}>
              <Segment href={modelsHref({ ...state, weights })} active={state.weights === weights}>
                {weights === null ? "All" : WEIGHTS_LABELS[weights]}
              </Segment>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Sort models">
        <SegmentLabel>Sort by</SegmentLabel>
        <ul className="flex flex-wrap gap-1.5">
          {MODEL_SORTS.map((sort) => (
            <li key={sort}>
              <Segment href={modelsHref({ ...state, sort })} active={state.sort === sort}>
                {MODEL_SORT_LABELS[sort]}
              </Segment>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
