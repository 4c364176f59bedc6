// Sizes shared by the bar chart (client) and the frames that reserve its space (server).
export const ROW_HEIGHT = 34;
export const AXIS_HEIGHT = 30;

export function pairedBarChartHeight(rowCount: number): number {
  return rowCount * ROW_HEIGHT + AXIS_HEIGHT;
}
