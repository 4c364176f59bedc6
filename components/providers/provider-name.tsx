import Link from "next/link";

import { providerLabel } from "@/lib/derive/models";
import { modelsHref } from "@/lib/url-state/models-params";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { DEFAULT_MODEL_SORT } from "@/lib/derive/model-list";

/** A provider's name with its chart colour, linking to its models. */
export function ProviderName({ provider, colour }: { provider: string; colour?: string }) {
  return (
    <span className="inline-flex max-w-full min-w-0 items-center gap-2">
      {colour && (
        <span
          aria-hidden
          className="size-2.5 shrink-0 rounded-sm border border-foreground/15"
          style={{ backgroundColor: colour }}
        />
      )}
      <Link
        href={modelsHref({ provider, sort: DEFAULT_MODEL_SORT, asOf: pinnedDay() })}
        className="min-w-0 rounded leading-6 font-medium break-words text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
      >
        {providerLabel(provider)}
      </Link>
    </span>
  );
}
