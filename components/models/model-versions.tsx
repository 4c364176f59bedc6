import { Card } from "@/components/ui/card";
import { ModelId } from "@/components/ui/model-id";
import { TextLink } from "@/components/ui/text-link";
import { createdDay } from "@/lib/derive/catalogue";
import { modelHref } from "@/lib/derive/models";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { viewHref } from "@/lib/url-state/view-params";
import type { CatalogueEntry } from "@/lib/model";

/**
 * The dated versions OpenRouter's catalogue files under this model's id, newest first. A
 * version that a task's top list names on this day links to its profile; the others are text.
 */
export function ModelVersions({
  current,
  catalogueId,
  versions,
  listed,
}: {
  current: string;
  catalogueId: string;
  versions: CatalogueEntry[];
  /** Whether a slug has a profile on this day (some task's top list names it). */
  listed: (slug: string) => boolean;
}) {
  return (
    <Card
      title="Versions"
      titleId="model-versions-title"
      description={`Dated versions listed under ${catalogueId} in the model catalogue, newest first.`}
    >
      <ol className="flex flex-col gap-2 text-sm" data-testid="model-versions">
        {versions.map((version) => (
          <li key={version.slug} data-version={version.slug} className="flex flex-wrap gap-x-3">
            <span className="font-mono text-[13px] break-all">
              {version.slug === current || !listed(version.slug) ? (
                <ModelId id={version.slug} />
              ) : (
                <TextLink href={viewHref(modelHref(version.slug), { asOf: pinnedDay() })}>
                  <ModelId id={version.slug} />
                </TextLink>
              )}
            </span>
            <span className="text-muted-foreground">
              added {createdDay(version.created)}
              {version.slug === current && " · this version"}
              {version.slug !== current && !listed(version.slug) && " · in no task's top list"}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
