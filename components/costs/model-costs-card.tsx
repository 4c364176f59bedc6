import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getSessionCosts } from "@/lib/data";
import { costRows, filterCostRows, sortCostRows } from "@/lib/derive/session-costs";
import { attributionFor, TURN_RANGES } from "@/lib/model";
import { costsHref } from "@/lib/url-state/costs-params";

import { CostsTable } from "./costs-table";

/**
 * A model profile's session costs: the median cost of one session with this model in each
 * harness that published one, by turn range. Nothing when the dataset has no cell for it.
 */
export async function ModelCostsCard({ model }: { model: string }) {
  const costs = await getSessionCosts();
  if (costs.state !== "published") return null;
  const state = {
    harness: null,
    model,
    turns: null,
    sort: "harness",
    theme: null,
    asOf: null,
  } as const;
  const rows = sortCostRows(filterCostRows(costRows(costs.costs.cells), state), "harness", String);
  if (rows.length === 0) return null;
  const { windowDays, windowEndDate, asOf, source } = costs.costs;
  return (
    <Card
      title="Cost per session"
      titleId="model-costs-title"
      description={`Median USD per session in each harness that runs it, ${windowDays} days to ${windowEndDate} · medians, never added or averaged`}
    >
      <div className="flex flex-col gap-3">
        <CostsTable rows={rows} turns={TURN_RANGES} state={state} showModel={false} />
        <p className="text-sm">
          <TextLink href={costsHref({ model })} className="underline">
            Compare with every model&rsquo;s costs
          </TextLink>
        </p>
        {/* Another dataset than the page's: its own citation, beside its figures. */}
        <p className="text-xs text-muted-foreground" data-testid="model-costs-citation">
          {attributionFor(asOf, source, "session-cost")}
        </p>
      </div>
    </Card>
  );
}
