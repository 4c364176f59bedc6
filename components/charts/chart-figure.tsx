type ChartFigureProps = {
  /** Element id: the export menu finds the drawn chart through it. */
  id: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  /** Pixel height reserved before the chart draws, so nothing below it moves. */
  height: number;
  /** id of the table holding the same numbers. */
  tableId?: string;
  testId?: string;
  children: React.ReactNode;
};

/**
 * The frame of every chart: a named figure of fixed height, its numbers also in the HTML next
 * to it (legend or table) for screen readers. `data-chart-frame` marks it for print and tests.
 */
export function ChartFigure({ id, label, height, tableId, testId, children }: ChartFigureProps) {
  return (
    <figure
      id={id}
      role="figure"
      aria-label={label}
      aria-describedby={tableId}
      className="m-0 w-full"
      style={{ height }}
      data-testid={testId}
      data-chart-frame
    >
      {children}
    </figure>
  );
}
