import { TextLink } from "@/components/ui/text-link";
import { modelHref } from "@/lib/derive/models";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { viewHref } from "@/lib/url-state/view-params";

import { MODEL_TRENDS_ID } from "./trend-charts";

/** The one way from a model in a list to its tokens over time: its profile's trends section. */
export function modelTrendHref(id: string, asOf: string | null): string {
  return `${viewHref(modelHref(id), { asOf })}#${MODEL_TRENDS_ID}`;
}

/** A small "trend" link beside a model id, named for screen readers. */
export function ModelTrendLink({ id }: { id: string }) {
  return (
    <TextLink
      href={modelTrendHref(id, pinnedDay())}
      className="ml-2 font-sans text-xs whitespace-nowrap"
      aria-label={`Tokens over time of ${id}`}
      data-testid="model-trend-link"
    >
      trend
    </TextLink>
  );
}
