import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { TagShare } from "@/lib/model";
import { overviewHref } from "@/lib/url-state/overview-params";
import { viewHref, type ViewState } from "@/lib/url-state/view-params";

/** Overview / macro-category / task, each level a link that keeps the view settings. */
export function TagBreadcrumb({
  tag,
  macroLabel,
  view,
}: {
  tag: TagShare;
  macroLabel: string;
  view: ViewState;
}) {
  return (
    <Breadcrumb
      trail={[
        { href: viewHref("/", view), label: "Overview" },
        { href: overviewHref({ ...view, macro: tag.macroCategory }), label: macroLabel },
      ]}
      current={tag.displayName}
    />
  );
}
