import { modelHref } from "@/lib/derive/models";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { viewHref } from "@/lib/url-state/view-params";

import { ModelId } from "./model-id";
import { TextLink } from "./text-link";

/** A model id linking to its profile (pinned to the page's day); the id stays text, its path is encoded. */
export function ModelLink({ id, className }: { id: string; className?: string }) {
  return (
    <TextLink href={viewHref(modelHref(id), { asOf: pinnedDay() })} className={className}>
      <ModelId id={id} />
    </TextLink>
  );
}
