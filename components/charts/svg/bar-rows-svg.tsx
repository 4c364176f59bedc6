import { Fragment } from "react";

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
  /**
   * Under the sm breakpoint: a narrower label column (labels wrapped to fit it) and right
   * margin, so on a phone the bars, not their names, get most of the width.
   */
  phone?: { labelWidth: number; labelCharacters: number; right: number };
};

/**
 * A phone's label column: two lines of 13 characters ("Summarization", "claude-"), in the
 * 11 px type app/globals.css sets for row labels on a phone.
 */
export const PHONE_LABELS = { labelWidth: 84, labelCharacters: 13 } as const;

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
  const phoneInset = layout.phone && { left: layout.phone.labelWidth, right: layout.phone.right };
  const layer = {
    kind: "bands",
    direction: "rows",
    margins: { top: axisHeight, bottom: 0, ...inset },
  } as const;

  return (
    <ChartInteraction layer={layer}>
      <ChartSvg height={height} inset={inset} phoneInset={phoneInset}>
        <g dominantBaseline="central" textAnchor="end" {...AXIS_TEXT}>
          {rows.map((row, index) => {
            const y = axisHeight + (index + 0.5) * rowHeight;
            const lines = labelLines(row.label, layout.labelCharacters);
            const phoneLines = layout.phone && labelLines(row.label, layout.phone.labelCharacters);
            // Drawn twice only when a phone wraps the label differently.
            if (!phoneLines || phoneLines.join("\n") === lines.join("\n")) {
              return <RowLabel key={row.key} y={y} lines={lines} />;
            }
            return [
              <RowLabel key={`${row.key}:wide`} y={y} lines={lines} className="bar-label-wide" />,
              <RowLabel key={`${row.key}:phone`} y={y} lines={phoneLines} phone />,
            ];
          })}
        </g>
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
                <Fragment key={row.key}>
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
                </Fragment>
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

/** A row's label: one line as it is; two as tspans around the row's centre (the space keeps
 * the words apart in the element's text, which tests and assistive technology read). */
function RowLabel({
  y,
  lines,
  className,
  phone = false,
}: {
  y: number;
  lines: string[];
  className?: string;
  /** A phone's copy: marked apart, so the labels a test or export reads are one per row. */
  phone?: boolean;
}) {
  const [first, second] = lines;
  return (
    <text
      x={-6}
      y={y}
      className={phone ? "bar-label-phone" : className}
      data-row-label={phone ? undefined : true}
      data-phone-label={phone ? true : undefined}
    >
      {second === undefined ? (
        first
      ) : (
        <>
          <tspan x={-6} dy="-0.6em">{`${first} `}</tspan>
          <tspan x={-6} dy="1.2em">
            {second}
          </tspan>
        </>
      )}
    </text>
  );
}
