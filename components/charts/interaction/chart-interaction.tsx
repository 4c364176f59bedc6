"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

import type { LayerSpec } from "./layer-spec";

// Charts are drawn on the server; this island makes them interactive. Recharts (about 100 KiB)
// loads only when a pointer first enters a chart, and then draws an invisible twin of it on top:
// same margins and bands, so its tooltips, hover band and active dots line up with the drawing
// underneath. Before that, and without JavaScript, each band's <title> is the tooltip.

const InteractionLayer = dynamic(
  () => import("./interaction-layer").then((module) => module.InteractionLayer),
  { ssr: false },
);

export function ChartInteraction({
  layer,
  children,
}: {
  layer: LayerSpec;
  children: React.ReactNode;
}) {
  const [wanted, setWanted] = useState(false);
  return (
    <div className="relative h-full" onPointerEnter={() => setWanted(true)}>
      {children}
      {wanted && (
        <div className="absolute inset-0" data-chart-interaction>
          <InteractionLayer spec={layer} />
        </div>
      )}
    </div>
  );
}
