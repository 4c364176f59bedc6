import { ModelName } from "@/components/models/model-name";
import { modelHref } from "@/lib/derive/models";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { viewHref } from "@/lib/url-state/view-params";

import { TextLink } from "./text-link";

/**
 * A model linking to its profile (pinned to the page's day), named as the catalogue names it;
 * the path is the dated slug, encoded, whatever the name.
 */
export function ModelLink({
  id,
  className,
  inline = false,
}: {
  id: string;
  className?: string;
  inline?: boolean;
}) {
  return (
    <TextLink href={viewHref(modelHref(id), { asOf: pinnedDay() })} className={className}>
      <ModelName id={id} inline={inline} />
    </TextLink>
  );
}
