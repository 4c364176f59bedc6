import { ProviderStackFigure } from "@/components/charts/provider-stack-figure";
import { ChartExportMenu } from "@/components/export/chart-export-menu";
import { Card } from "@/components/ui/card";
import type { ChartExport } from "@/lib/export/chart-export";

type ProviderChartCardProps = {
  /** Names the card's parts: `{name}-chart` and `{name}-table` (the table passed as children). */
  name: string;
  title: string;
  titleId: string;
  description: React.ReactNode;
  exported: ChartExport;
  figure: Omit<React.ComponentProps<typeof ProviderStackFigure>, "id" | "tableId">;
  className?: string;
  /** The table the bars are drawn from, with id `{name}-table`. */
  children: React.ReactNode;
};

/** Every provider card: stacked provider bars, their download menu, and the table behind them. */
export function ProviderChartCard({
  name,
  title,
  titleId,
  description,
  exported,
  figure,
  className,
  children,
}: ProviderChartCardProps) {
  return (
    <Card
      title={title}
      titleId={titleId}
      description={description}
      className={className}
      actions={<ChartExportMenu figureId={`${name}-chart`} chart={exported} />}
    >
      <div className="flex flex-col gap-4">
        <ProviderStackFigure id={`${name}-chart`} tableId={`${name}-table`} {...figure} />
        {children}
      </div>
    </Card>
  );
}
