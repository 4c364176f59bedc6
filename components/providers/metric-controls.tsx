import { segmentChoices, SegmentNav } from "@/components/ui/segmented-links";
import { SHARE_METRIC_LABELS, SHARE_METRICS, type ShareMetric } from "@/lib/derive/share-metric";
import { providersHref } from "@/lib/url-state/providers-params";

export function MetricControls({ metric }: { metric: ShareMetric }) {
  return (
    <SegmentNav
      name="Measure providers by"
      label="Measure by"
      className="text-sm"
      choices={segmentChoices(
        { choices: SHARE_METRICS, labels: SHARE_METRIC_LABELS },
        metric,
        (item) => providersHref({ metric: item }),
      )}
    />
  );
}
