import { segmentChoices, SegmentNav } from "@/components/ui/segmented-links";
import { BAR_METRIC, type BarMetric } from "@/lib/url-state/view-params";

/** Which bars a paired bar chart draws, as links (the choice lives in ?metric=). */
export function MetricControl({
  active,
  hrefFor,
}: {
  active: BarMetric;
  hrefFor: (metric: BarMetric) => string;
}) {
  return (
    <SegmentNav
      name="Bars to draw"
      label="Bars"
      className="text-sm print:hidden"
      choices={segmentChoices(BAR_METRIC, active, hrefFor)}
    />
  );
}
