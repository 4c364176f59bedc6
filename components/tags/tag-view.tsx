import { MetricControl } from "@/components/charts/metric-control";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import type { Snapshot, TagShare } from "@/lib/openrouter/types";
import { tagHref } from "@/lib/tags";
import type { ViewState } from "@/lib/url-state/view-params";

import { ModelsCard } from "./models-card";
import { TagSummary } from "./tag-summary";

type TagViewProps = {
  tag: TagShare;
  snapshot: Snapshot;
  view: ViewState;
  ignored: string[];
  embed?: boolean;
};

/** A tag's drill-down content, shared by the page and its embeddable twin. */
export function TagView({ tag, snapshot, view, ignored, embed = false }: TagViewProps) {
  return (
    <>
      <IgnoredNotice ignored={ignored} />
      <TagSummary tag={tag} snapshot={snapshot} view={view} embed={embed} />
      <ModelsCard
        tag={tag}
        snapshot={snapshot}
        metric={view.metric}
        permalink={tagHref(tag.tag, view)}
        controls={
          embed ? null : (
            <MetricControl
              active={view.metric}
              hrefFor={(metric) => tagHref(tag.tag, { ...view, metric })}
            />
          )
        }
      />
    </>
  );
}
