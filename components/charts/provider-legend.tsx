import { Swatch } from "@/components/ui/swatch";
import type { ProviderSeries } from "@/lib/derive/provider-series";
import { ServerMarkup } from "@/components/ui/server-markup";

/** Names the colours of a provider chart; only the series it draws. */
export function ProviderLegend({ series }: { series: ProviderSeries[] }) {
  return (
    <ServerMarkup>
      <ul
        className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-muted-foreground"
        aria-label="Provider colours"
        data-testid="provider-legend"
      >
        {series.map((item) => (
          <li key={item.key} className="flex min-w-0 items-center gap-1.5">
            <Swatch colour={item.colour} outlined />
            <span className="max-w-64 truncate" title={legendTitle(item)}>
              {legendText(item)}
            </span>
          </li>
        ))}
      </ul>
    </ServerMarkup>
  );
}

function legendText(item: ProviderSeries): string {
  return item.key === "rest" ? `${item.label} (${item.names.join(", ")})` : item.label;
}

function legendTitle(item: ProviderSeries): string {
  return item.key === "other" ? "Models outside the tasks' top lists" : legendText(item);
}
