import { Segment, SegmentLabel } from "@/components/ui/segmented-links";
import { BAR_METRIC_LABELS, BAR_METRICS, type BarMetric } from "@/lib/url-state/view-params";

/** Which bars a paired bar chart draws, as links (the choice lives in ?metric=). */
export function MetricControl({
  active,
  hrefFor,
}: {
  active: BarMetric;
  hrefFor: (metric: BarMetric) => string;
}) {
  return (
    <nav aria-label="Bars to draw" className="text-sm print:hidden">
      <SegmentLabel>Bars</SegmentLabel>
      <ul className="flex flex-wrap gap-1.5">
        {BAR_METRICS.map((metric) => (
          <li key={metric}>
            <Segment href={hrefFor(metric)} active={active === metric}>
              {BAR_METRIC_LABELS[metric]}
            </Segment>
          </li>
        ))}
      </ul>
    </nav>
  );
}
