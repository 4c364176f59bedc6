import { IgnoredNotice } from "@/components/ui/ignored-notice";
import {
  COMPARISON_LABELS,
  isComparisonKey,
  type ComparisonRequest,
} from "@/lib/derive/comparisons";

/** Says which view settings in the URL were not understood or could not be honoured. */
export function ViewNotices({
  ignored,
  unavailableComparison,
  asOf,
}: {
  ignored: string[];
  /** A comparison the URL asked for that the stored dates do not allow. */
  unavailableComparison: ComparisonRequest | undefined;
  asOf: string;
}) {
  return (
    <>
      <IgnoredNotice ignored={ignored} />
      {unavailableComparison && (
        <p role="status" className="rounded-lg border border-border bg-muted px-4 py-2 text-sm">
          {isComparisonKey(unavailableComparison)
            ? `No snapshot is stored about ${COMPARISON_LABELS[unavailableComparison].toLowerCase()} before ${asOf}`
            : `No snapshot is stored on or up to three days before ${unavailableComparison}, earlier than ${asOf}`}
          ; changes are shown since the previous snapshot instead.
        </p>
      )}
    </>
  );
}
