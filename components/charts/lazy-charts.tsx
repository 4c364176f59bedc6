"use client";

import dynamic from "next/dynamic";

// Recharts is the heaviest code a page could load (about 110 KiB gzip), and no one needs it to
// read the page: every chart's numbers are server-rendered beside it (legend or table), and its
// frame (ChartFigure) reserves its height. So the charts load after first paint, off the
// critical path, and nothing moves when they arrive. Server components import charts from here.

export const DailyStackChart = dynamic(
  () => import("./daily-stack-chart").then((module) => module.DailyStackChart),
  { ssr: false },
);

export const DonutChart = dynamic(
  () => import("./donut-chart").then((module) => module.DonutChart),
  { ssr: false },
);

export const PairedBarChart = dynamic(
  () => import("./paired-bar-chart").then((module) => module.PairedBarChart),
  { ssr: false },
);

export const ProviderStackChart = dynamic(
  () => import("./provider-stack-chart").then((module) => module.ProviderStackChart),
  { ssr: false },
);

export const TrendLineChart = dynamic(
  () => import("./trend-line-chart").then((module) => module.TrendLineChart),
  { ssr: false },
);
