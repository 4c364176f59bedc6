import { TextLink } from "@/components/ui/text-link";
import { Swatch } from "@/components/ui/swatch";
import { providerLabel } from "@/lib/derive/models";
import { modelsHref } from "@/lib/url-state/models-params";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { MODEL_SORT } from "@/lib/derive/model-list";

/** A provider's name with its chart colour, linking to its models. */
export function ProviderName({ provider, colour }: { provider: string; colour?: string }) {
  return (
    <span className="inline-flex max-w-full min-w-0 items-center gap-2">
      {colour && <Swatch colour={colour} outlined />}
      <TextLink
        href={modelsHref({ provider, sort: MODEL_SORT.default, asOf: pinnedDay() })}
        className="min-w-0 leading-6 font-medium break-words"
      >
        {providerLabel(provider)}
      </TextLink>
    </span>
  );
}
