// Sizes shared by the stacked-bar chart (client) and the frames that reserve its space (server).
export const STACK_ROW_HEIGHT = 30;
export const STACK_AXIS_HEIGHT = 30;

export function stackChartHeight(rowCount: number): number {
  return rowCount * STACK_ROW_HEIGHT + STACK_AXIS_HEIGHT;
}
