import { ModelLink } from "@/components/ui/model-link";
import { TABLE_HEADER_ROW } from "@/components/ui/table-header";
import { formatPercent } from "@/lib/format";
import type { ProviderSplit } from "@/lib/derive/model-usage";
import { OTHER_MODELS_LABEL, type ProviderPalette } from "@/lib/derive/provider-series";

import { ProviderName } from "./provider-name";

type ProviderSplitTableProps = {
  id: string;
  caption: string;
  split: ProviderSplit;
  palette: ProviderPalette;
};

/** One tag's provider split: each provider's listed models summed, then the remainder. */
export function ProviderSplitTable({ id, caption, split, palette }: ProviderSplitTableProps) {
  return (
    <div className="overflow-x-auto">
      <table id={id} className="w-full border-collapse text-sm tabular-nums" data-testid={id}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className={TABLE_HEADER_ROW}>
            <th scope="col" className="px-2 py-2 font-medium">
              Provider and its listed models
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Usage in task
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tokens in task
            </th>
          </tr>
        </thead>
        <tbody>
          {split.providers.map((item) => (
            <tr
              key={item.provider}
              className="border-b border-border"
              data-provider={item.provider}
            >
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <ProviderName
                  provider={item.provider}
                  colour={palette.seriesOf(item.provider).colour}
                />
                <ul className="flex flex-col pl-4.5 font-mono text-xs">
                  {item.models.map((model) => (
                    <li key={model} className="break-words">
                      {/* 24 px tall: a comfortable target (WCAG 2.5.8) in a list of small links. */}
                      <ModelLink id={model} className="inline-block leading-6" />
                    </li>
                  ))}
                </ul>
              </th>
              <td className="px-2 py-2 text-right">{formatPercent(item.usageShare)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(item.tokenShare)}</td>
            </tr>
          ))}
          {(split.otherModels.usageShare > 0 || split.otherModels.tokenShare > 0) && (
            <tr
              className="border-b border-border text-muted-foreground italic"
              data-provider="other-models"
            >
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <span className="inline-flex items-center gap-2">
                  <span
                    aria-hidden
                    className="size-2.5 shrink-0 rounded-sm border border-foreground/15"
                    style={{ backgroundColor: "var(--provider-unlisted)" }}
                  />
                  {OTHER_MODELS_LABEL}
                </span>
                <span className="block pl-4.5 text-xs not-italic">not in the top list</span>
              </th>
              <td className="px-2 py-2 text-right">
                {formatPercent(split.otherModels.usageShare)}
              </td>
              <td className="px-2 py-2 text-right">
                {formatPercent(split.otherModels.tokenShare)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
