import { modelHref } from "@/lib/derive/models";

import { ModelId } from "./model-id";
import { TextLink } from "./text-link";

/** A model id linking to its profile; the id stays text, its path is encoded. */
export function ModelLink({ id, className }: { id: string; className?: string }) {
  return (
    <TextLink href={modelHref(id)} className={className}>
      <ModelId id={id} />
    </TextLink>
  );
}
