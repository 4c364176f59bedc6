import type { Throughput } from "./budgets";
import type { LighthouseResult, Preset } from "./lighthouse";
import { formatKB, type PageBytes } from "./page-bytes";

// The README's bench table: one row per view, every figure of the run beside the bare Next
// page's of the same run, so a reader sees at once where each view stands.

export type ViewFigures = {
  name: string;
  path: string;
  bytes: PageBytes;
  /** Raw HTML bytes each further stored day adds, beyond the window pages draw. */
  perStoredDay?: number;
  lighthouse: LighthouseResult[];
  throughput?: Throughput;
};

const score = (result?: LighthouseResult) => (result ? result.performance.toFixed(2) : "–");
const blocking = (result?: LighthouseResult) => (result ? `${Math.round(result.tbt)} ms` : "–");

/** The per-view table, in Markdown. */
export function viewTable(views: readonly ViewFigures[], bare: readonly LighthouseResult[]) {
  const of = (results: readonly LighthouseResult[], preset: Preset) =>
    results.find((result) => result.preset === preset);
  const [bareMobile, bareDesktop] = [of(bare, "mobile"), of(bare, "desktop")];
  const header = [
    "| view | HTML raw / gzip | per stored day | mobile performance (bare) | blocking time (bare) | desktop (bare) | req/s, gzip |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const rows = views.map((view) => {
    const [mobile, desktop] = [of(view.lighthouse, "mobile"), of(view.lighthouse, "desktop")];
    const cells = [
      `\`${view.path}\``,
      `${formatKB(view.bytes.html)} / ${formatKB(view.bytes.gzip)}`,
      view.perStoredDay === undefined ? "–" : `${Math.round(view.perStoredDay)} B`,
      `${score(mobile)} (${score(bareMobile)})`,
      `${blocking(mobile)} (${blocking(bareMobile)})`,
      `${score(desktop)} (${score(bareDesktop)})`,
      view.throughput ? `${Math.round(view.throughput.rps)}` : "–",
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [...header, ...rows].join("\n");
}
