import { niceTicks, percent } from "@/components/charts/svg/chart-scale";

import { ChartInteraction } from "../interaction/chart-interaction";

import { AcrossValueAxis, AXIS_TEXT, ChartSvg, GRID_STROKE, HoverBand } from "./chart-svg";
import { labelLines } from "./label-lines";

export type BarSegment = {
  key: string;
  /** Where the segment starts and how long it is, as fractions (stacked bars start after 0). */
  start: number;
  value: number;
  fill: string;
  fillOpacity?: number;
  stroke?: string;
};

/** One bar of a row: a single segment, or several stacked end to end. */
export type BarLane = { series: string; segments: BarSegment[]; note?: string };

export type BarRow = {
  key: string;
  /** Drawn beside the row, on two lines when long, shortened only past that. */
  label: string;
  /** The hover text for the whole row: its full name and every value. */
  tip: string;
  lanes: BarLane[];
};

export type BarRowsLayout = {
  rowHeight: number;
  axisHeight: number;
  labelWidth: number;
  /** Characters a line of a row label holds; a longer label wraps to a second line. */
  labelCharacters: number;
  /** Room right of the plot, e.g. for notes after the bars. */
  right: number;
  /** Space above and below the bars of each row, and between two bars of one row. */
  rowGap: number;
  laneGap: number;
  /** Fixed axis ticks; otherwise round ticks up to the longest bar. */
  ticks?: readonly number[];
};

const NOTE_STYLE = { fill: "var(--muted-foreground)", fontSize: 11 } as const;

export function barRowsHeight(layout: BarRowsLayout, rowCount: number): number {
  return rowCount * layout.rowHeight + layout.axisHeight;
}

/**
 * Horizontal bars, one row per item, the value axis on top. Each row holds one or more lanes
 * (usage above tokens), and a lane one or more segments (providers stacked to 100%).
 */
export function BarRowsSvg({ rows, layout }: { rows: BarRow[]; layout: BarRowsLayout }) {
  const { rowHeight, axisHeight, labelWidth, rowGap, laneGap } = layout;
  const height = barRowsHeight(layout, rows.length);
  const longest = Math.max(
    0,
    ...rows.flatMap((row) =>
      row.lanes.flatMap((lane) => lane.segments.map((segment) => segment.start + segment.value)),
    ),
  );
  const ticks = layout.ticks ?? niceTicks(longest);
  const max = ticks.at(-1) ?? 1;
  const series = [...new Set(rows.flatMap((row) => row.lanes.map((lane) => lane.series)))];
  const laneCount = Math.max(1, ...rows.map((row) => row.lanes.length));
  const laneHeight = (rowHeight - 2 * rowGap - (laneCount - 1) * laneGap) / laneCount;
  const laneTop = (rowIndex: number, laneIndex: number) =>
    axisHeight + rowIndex * rowHeight + rowGap + laneIndex * (laneHeight + laneGap);

  const inset = { left: labelWidth, right: layout.right };
  const layer = {
    kind: "bands",
    direction: "rows",
    margins: { top: axisHeight, bottom: 0, ...inset },
    tips: rows.map((row) => row.tip),
  } as const;

  return (
    <ChartInteraction layer={layer}>
      <ChartSvg height={height} inset={inset}>
        {rows.map((row, index) => (
          <text
            key={row.key}
            x={-6}
            y={axisHeight + (index + 0.5) * rowHeight}
            dominantBaseline="central"
            textAnchor="end"
            {...AXIS_TEXT}
            data-row-label
          >
            <RowLabel lines={labelLines(row.label, layout.labelCharacters)} />
          </text>
        ))}
        <line x1={0} x2={0} y1={axisHeight} y2={height} stroke={GRID_STROKE} />
        <AcrossValueAxis
          ticks={ticks}
          labelY={axisHeight - 10}
          gridTop={axisHeight}
          gridBottom={height}
        />
        {series.map((name) => (
          <g key={name} data-series={name}>
            {rows.map((row, rowIndex) => {
              const laneIndex = row.lanes.findIndex((lane) => lane.series === name);
              const lane = row.lanes[laneIndex];
              if (!lane) return null;
              const y = laneTop(rowIndex, laneIndex);
              const end = lane.segments.reduce(
                (furthest, segment) => Math.max(furthest, segment.start + segment.value),
                0,
              );
              return (
                <g key={row.key} data-row={row.key}>
                  {lane.segments.map((segment) => (
                    <rect
                      key={segment.key}
                      x={percent(segment.start / max)}
                      y={y}
                      width={percent(segment.value / max)}
                      height={laneHeight}
                      fill={segment.fill}
                      fillOpacity={segment.fillOpacity}
                      stroke={segment.stroke}
                      data-bar={segment.key}
                    />
                  ))}
                  {lane.note && (
                    <text
                      x={percent(end / max)}
                      dx={4}
                      y={y + laneHeight / 2}
                      dominantBaseline="central"
                      {...NOTE_STYLE}
                      data-note
                    >
                      {lane.note}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
        {rows.map((row, index) => (
          <HoverBand
            key={row.key}
            inset={inset}
            y={axisHeight + index * rowHeight}
            height={rowHeight}
            tip={row.tip}
          />
        ))}
      </ChartSvg>
    </ChartInteraction>
  );
}

/** One line as it is; two as tspans around the row's centre (the space keeps the words apart in
 * the element's text, which tests and assistive technology read). */
function RowLabel({ lines }: { lines: string[] }) {
  const [first, second] = lines;
  if (second === undefined) return first;
  return (
    <>
      <tspan x={-6} dy="-0.6em">{`${first} `}</tspan>
      <tspan x={-6} dy="1.2em">
        {second}
      </tspan>
    </>
  );
}
