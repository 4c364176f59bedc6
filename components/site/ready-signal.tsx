"use client";

import { useEffect } from "react";

// Automated screenshotters wait for <html data-ready="true">: set once the fonts are in. Charts
// need no waiting: they are drawn on the server, in the HTML with the rest of the view.

export function ReadySignal() {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.ready = "false";
    void document.fonts.ready.then(() => {
      root.dataset.ready = "true";
    });
  }, []);

  return null;
}
