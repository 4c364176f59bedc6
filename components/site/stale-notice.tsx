import { formatAge } from "@/lib/format";
import type { DataStatus } from "@/lib/data";

/** Says plainly that the data shown is the last good snapshot, and why it is not newer. */
export function StaleNotice({ asOf, status }: { asOf: string; status: DataStatus }) {
  const { lastError, storeFailingSince } = status;
  if (storeFailingSince) {
    return (
      <div
        role="status"
        data-testid="store-notice"
        className="rounded-lg border border-border bg-notice px-4 py-3 text-sm text-notice-foreground"
      >
        The snapshot store stopped answering{" "}
        {formatAge(status.observedAt.getTime() - storeFailingSince.getTime())}: showing the data
        from {asOf} held in memory. Earlier days are unavailable until it is back.
      </div>
    );
  }
  if (!status.stale || !lastError) return null;
  return (
    <div
      role="status"
      data-testid="stale-notice"
      className="rounded-lg border border-border bg-notice px-4 py-3 text-sm text-notice-foreground"
    >
      Data from {asOf}, last refresh failed{" "}
      {formatAge(status.observedAt.getTime() - lastError.at.getTime())}: {lastError.message}.
    </div>
  );
}
