import { MetricControl } from "@/components/charts/metric-control";
import { ComparisonNote } from "@/components/history/comparison-note";
import { HistoryBar } from "@/components/history/history-bar";
import { TagTrendCard } from "@/components/history/tag-trend-card";
import { ViewNotices } from "@/components/site/view-notices";
import { IN_TEXT_LINK } from "@/components/ui/text-link";
import type { TaskDayView } from "@/lib/data";
import { compareModels } from "@/lib/derive/changes";
import { changesFor } from "@/lib/derive/history-set";
import { releaseMarkers } from "@/lib/derive/catalogue";
import { tagWeights } from "@/lib/derive/open-weights";
import type { TagShare } from "@/lib/model";
import { tagHref } from "@/lib/derive/tags";
import type { ViewState } from "@/lib/url-state/view-params";

import { ModelsCard } from "./models-card";
import { TagBreadcrumb } from "./tag-breadcrumb";
import { TagSummary } from "./tag-summary";
import { TagWeightsCard } from "./tag-weights-card";

type TagViewProps = {
  tag: TagShare;
  page: TaskDayView;
  view: ViewState;
  ignored: string[];
  embed?: boolean;
};

/** A tag's drill-down content, shared by the page and its embeddable twin. */
export function TagView({ tag, page, view: asked, ignored, embed = false }: TagViewProps) {
  const { snapshot } = page.classifications;
  const { changes, shown, unavailable } = changesFor(page.history, asked.vs);
  const view = { ...asked, vs: shown };
  const macroLabel =
    snapshot.macroCategories.find((item) => item.key === tag.macroCategory)?.label ??
    tag.macroCategory;
  const baseTag = changes?.base.tags.find((item) => item.tag === tag.tag);
  const modelChanges = changes && compareModels(tag, baseTag, changes.comparison.baseAsOf);
  const exportQuery = new URLSearchParams({ tag: tag.tag, as_of: snapshot.asOf });

  return (
    <>
      <ViewNotices ignored={ignored} unavailableComparison={unavailable} asOf={snapshot.asOf} />
      {!embed && <TagBreadcrumb tag={tag} macroLabel={macroLabel} view={view} />}
      {!embed && (
        <HistoryBar
          day={page}
          history={view}
          hrefFor={(history) => tagHref(tag.tag, { ...view, ...history })}
        />
      )}
      <TagSummary
        tag={tag}
        macroLabel={macroLabel}
        snapshot={snapshot}
        change={
          changes && {
            value: changes.tags.byKey.get(tag.tag),
            baseAsOf: changes.comparison.baseAsOf,
          }
        }
      />
      {changes && <ComparisonNote comparison={changes.comparison} />}
      <TagTrendCard
        tag={tag.tag}
        series={page.history.tagSeries(tag.tag)}
        olderDays={page.history.olderDays}
        name={tag.displayName}
        permalink={tagHref(tag.tag, { ...view, asOf: snapshot.asOf })}
        source={page.classifications.source}
        markers={releaseMarkers(tag.models, page.catalogue)}
        serverFiles={[
          {
            href: `/api/history?${exportQuery}&format=csv`,
            label: "Full history CSV",
            note: "every stored day, from the API",
          },
          {
            href: `/api/history?${exportQuery}`,
            label: "Full history JSON",
            note: "every stored day, with each day's models",
          },
        ]}
      />
      <ModelsCard
        tag={tag}
        snapshot={snapshot}
        metric={view.metric}
        permalink={tagHref(tag.tag, { ...view, asOf: snapshot.asOf })}
        source={page.classifications.source}
        changes={modelChanges}
        catalogue={page.catalogue}
        controls={
          embed ? null : (
            <MetricControl
              active={view.metric}
              hrefFor={(metric) => tagHref(tag.tag, { ...view, metric })}
            />
          )
        }
      />
      <TagWeightsCard split={tagWeights(tag, page.catalogue)} catalogue={page.catalogue} />
      {!embed && tag.macroCategory === "code" && (
        <p className="text-sm" data-testid="coding-apps-link">
          Which apps send this traffic:{" "}
          <a className={IN_TEXT_LINK} href="/apps?scope=coding">
            the top coding apps
          </a>{" "}
          (coding agents, IDE extensions and other programming apps, from OpenRouter&apos;s app
          rankings).
        </p>
      )}
    </>
  );
}
