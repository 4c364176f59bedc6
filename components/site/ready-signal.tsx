"use client";

import { useEffect } from "react";

// Automated screenshotters wait for <html data-ready="true">: set once the fonts are in and every
// chart frame on the page holds a drawn chart. It follows the DOM, so a client-side navigation
// clears it until the new view's charts have drawn too.

const FRAME = "[data-chart-frame]";
const DRAWN = "[data-chart-frame] svg.chart-surface";

export function ReadySignal() {
  useEffect(() => {
    const root = document.documentElement;
    let fontsLoaded = false;
    const update = () => {
      const frames = document.querySelectorAll(FRAME).length;
      const drawn = document.querySelectorAll(DRAWN).length;
      root.dataset.ready = String(fontsLoaded && drawn >= frames);
    };
    update();
    void document.fonts.ready.then(() => {
      fontsLoaded = true;
      update();
    });
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  return null;
}
