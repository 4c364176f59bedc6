import { Segment, SegmentLabel } from "@/components/ui/segmented-links";
import {
  PROVIDER_METRIC_LABELS,
  PROVIDER_METRICS,
  providersHref,
  type ProviderMetric,
} from "@/lib/url-state/providers-params";

export function MetricControls({ metric }: { metric: ProviderMetric }) {
  return (
    <nav aria-label="Measure providers by" className="text-sm">
      <SegmentLabel>Measure by</SegmentLabel>
      <ul className="flex flex-wrap gap-1.5">
        {PROVIDER_METRICS.map((item) => (
          <li key={item}>
            <Segment href={providersHref({ metric: item })} active={metric === item}>
              {PROVIDER_METRIC_LABELS[item]}
            </Segment>
          </li>
        ))}
      </ul>
    </nav>
  );
}
