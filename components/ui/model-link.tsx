import Link from "next/link";

import { modelHref } from "@/lib/derive/models";

import { ModelId } from "./model-id";

/** A model id linking to its profile; the id stays text, its path is encoded. */
export function ModelLink({ id, className }: { id: string; className?: string }) {
  return (
    <Link
      href={modelHref(id)}
      className={`rounded text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent ${className ?? ""}`}
    >
      <ModelId id={id} />
    </Link>
  );
}
