import { ModelId } from "@/components/ui/model-id";
import { TextLink } from "@/components/ui/text-link";
import { modelHref } from "@/lib/derive/models";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { viewHref } from "@/lib/url-state/view-params";

import { MODEL_TRENDS_ID } from "./trend-charts";

/** The one way from a model in a list to its tokens over time: its profile's trends section. */
export function modelTrendHref(id: string, asOf: string | null): string {
  return `${viewHref(modelHref(id), { asOf })}#${MODEL_TRENDS_ID}`;
}

/**
 * Under a task's top models: each one's tokens per day over the long run (OpenRouter's rankings
 * dataset), a line of links beside the table rather than a column in it.
 */
export function ModelTrendLinks({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  const asOf = pinnedDay();
  return (
    <nav aria-label="These models over time" className="text-sm" data-testid="model-trend-links">
      <span className="text-muted-foreground">Tokens per day since 2025: </span>
      <ul className="inline">
        {ids.map((id, index) => (
          <li key={id} className="inline">
            {index > 0 && <span className="text-muted-foreground"> · </span>}
            <TextLink
              href={modelTrendHref(id, asOf)}
              className="font-mono text-[13px] break-words underline"
            >
              <ModelId id={id} />
            </TextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
