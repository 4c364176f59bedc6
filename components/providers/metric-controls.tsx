import { Segment, SegmentLabel } from "@/components/ui/segmented-links";
import { SHARE_METRIC_LABELS, SHARE_METRICS, type ShareMetric } from "@/lib/derive/share-metric";
import { providersHref } from "@/lib/url-state/providers-params";

export function MetricControls({ metric }: { metric: ShareMetric }) {
  return (
    <nav aria-label="Measure providers by" className="text-sm">
      <SegmentLabel>Measure by</SegmentLabel>
      <ul className="flex flex-wrap gap-1.5">
        {SHARE_METRICS.map((item) => (
          <li key={item}>
            <Segment href={providersHref({ metric: item })} active={metric === item}>
              {SHARE_METRIC_LABELS[item]}
            </Segment>
          </li>
        ))}
      </ul>
    </nav>
  );
}
