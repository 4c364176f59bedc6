"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";

import { readPageData } from "@/components/ui/read-page-data";

import {
  tipTexts,
  WRITTEN_TIPS,
  type DrawnLayerSpec,
  type LayerSpec,
  type WrittenTips,
} from "./layer-spec";

// Charts are drawn on the server; this island makes them interactive. Recharts (about 100 KiB)
// loads only when a pointer first enters a chart or the keyboard first reaches it, and then
// draws an invisible twin of it on top: same margins and bands, so its tooltips, hover band and
// active dots line up with the drawing underneath. Before that, and without JavaScript, each
// band's <title> is the tooltip.

const InteractionLayer = dynamic(
  () => import("./interaction-layer").then((module) => module.InteractionLayer),
  { ssr: false },
);

const LAYER_SURFACE = ".recharts-surface";

/**
 * The drawing's tooltips: each hover target's <title>, in order, or the list written beside a
 * drawing that has no hover targets (see DrawnLayerSpec).
 */
function drawnTips(frame: HTMLElement): string[] {
  const written = readPageData<WrittenTips>(frame, "chart-tips", WRITTEN_TIPS);
  if (written) return tipTexts(written);
  return [...frame.querySelectorAll(".chart-hover > title")].map(
    (title) => title.textContent ?? "",
  );
}

function withTips(layer: DrawnLayerSpec, tips: string[]): LayerSpec {
  return layer.kind === "donut" ? layer : { ...layer, tips };
}

export function ChartInteraction({
  layer,
  children,
}: {
  layer: DrawnLayerSpec;
  children: React.ReactNode;
}) {
  // Read from the drawing when the layer is first wanted; null until then.
  const [tips, setTips] = useState<string[] | null>(null);
  const wanted = tips !== null;
  const want = (frame: HTMLElement) => setTips((read) => read ?? drawnTips(frame));
  const [loaded, setLoaded] = useState(false);
  const frame = useRef<HTMLDivElement>(null);

  // Reached by Tab, the chart hands focus to the layer once it has drawn: Recharts moves its
  // tooltip with the arrow keys. From then on the layer is the chart's only tab stop.
  useEffect(() => {
    const element = frame.current;
    if (!wanted || loaded || !element) return;
    const handOver = () => {
      const surface = element.querySelector(LAYER_SURFACE);
      if (!(surface instanceof SVGElement)) return;
      if (document.activeElement === element) surface.focus();
      setLoaded(true);
    };
    const observer = new MutationObserver(handOver);
    observer.observe(element, { childList: true, subtree: true });
    handOver();
    return () => observer.disconnect();
  }, [wanted, loaded]);

  return (
    <div
      ref={frame}
      className="chart-interaction relative h-full"
      tabIndex={loaded ? -1 : 0}
      onPointerEnter={(event) => want(event.currentTarget)}
      onFocus={(event) => want(event.currentTarget)}
    >
      {children}
      {tips && (
        <div className="absolute inset-0" data-chart-interaction>
          <InteractionLayer spec={withTips(layer, tips)} />
        </div>
      )}
    </div>
  );
}
