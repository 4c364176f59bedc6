import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { appLeaderChanges, storedMonths } from "@/lib/derive/apps";
import { formatMonth } from "@/lib/format";
import { APP_SCOPE_LABELS, attributionFor, type AppsState } from "@/lib/model";
import { appsHref } from "@/lib/url-state/apps-params";

/**
 * The latest complete month's new #1 apps, the marketplace's and each group's, against the month
 * before: the app rankings' news beside the tasks' (the feed tells the same, month by month).
 */
export async function AppLeaders({ apps }: { apps: AppsState }) {
  if (apps.state !== "stored") return null;
  const latest = storedMonths(apps.apps, "all").at(-1);
  if (!latest) return null;
  const month = latest.startDate.slice(0, 7);
  const changes = (await appLeaderChanges(apps.apps, 1)).filter((change) => change.month === month);
  const monthName = formatMonth(latest.startDate);
  const asOf = apps.apps.windows[0]?.asOf ?? latest.startDate;
  return (
    <Card
      title={`New #1 apps in ${monthName}`}
      titleId="app-leaders-title"
      description="The top app by tokens of all apps and of each group, against the month before (OpenRouter's app rankings)."
    >
      <ul className="flex flex-col gap-2 text-sm" data-testid="app-leaders">
        {changes.map((change) => (
          <li key={change.scope}>
            {APP_SCOPE_LABELS[change.scope]}:{" "}
            <TextLink href={appsHref({ window: change.month, scope: change.scope })}>
              {change.to.appName}
            </TextLink>{" "}
            took #1 from {change.from.appName}.
          </li>
        ))}
        {changes.length === 0 && (
          <li className="text-muted-foreground">Every group kept its #1 app.</li>
        )}
      </ul>
      <p className="mt-3 text-xs text-muted-foreground">
        {attributionFor(asOf, apps.apps.source, "apps")}
      </p>
    </Card>
  );
}
