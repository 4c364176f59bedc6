import type { RankingsStatus } from "@/lib/model";
import { formatTimestamp } from "@/lib/format";

/**
 * Why a rankings view has nothing to draw yet: the history is still being fetched, or the last
 * call to OpenRouter failed. The rest of the site is unaffected and says so.
 */
export function RankingsNotice({
  status,
  held,
}: {
  status: RankingsStatus;
  /** The days stored, when any are: then the range asked for is what holds nothing. */
  held?: { firstDate: string | null; lastDate: string | null };
}) {
  if (status.state === "ready" && held?.firstDate && held.lastDate) {
    return (
      <p
        role="status"
        data-testid="rankings-notice"
        className="rounded-lg border border-border bg-muted px-4 py-2 text-sm"
      >
        Nothing to show in these dates: the rankings cover {held.firstDate} to {held.lastDate}.
      </p>
    );
  }
  const next = status.nextRefreshAt
    ? ` Next attempt ${formatTimestamp(status.nextRefreshAt.toISOString())}.`
    : "";
  return (
    <div
      role="status"
      data-testid="rankings-notice"
      className="rounded-lg border border-border bg-notice px-4 py-3 text-sm text-notice-foreground"
    >
      <strong className="font-semibold">
        {status.state === "failing"
          ? "Long-run trends are unavailable."
          : "Long-run trends are being fetched."}
      </strong>{" "}
      {status.state === "failing"
        ? `OpenRouter's rankings could not be loaded${status.lastError ? ` (${status.lastError.message})` : ""}.`
        : "The server is fetching OpenRouter's rankings history in the background, a little at a time to stay within the API's limits; the charts appear here once it has stored some."}
      {next} The task pages are unaffected.
    </div>
  );
}
