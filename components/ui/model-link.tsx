import Link from "next/link";

import { modelHref } from "@/lib/derive/models";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { viewHref } from "@/lib/url-state/view-params";

import { ModelId } from "./model-id";

/** A model id linking to its profile (pinned to the page's day); the id stays text, its path is encoded. */
export function ModelLink({ id, className }: { id: string; className?: string }) {
  return (
    <Link
      href={viewHref(modelHref(id), { asOf: pinnedDay() })}
      className={`rounded text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent ${className ?? ""}`}
    >
      <ModelId id={id} />
    </Link>
  );
}
