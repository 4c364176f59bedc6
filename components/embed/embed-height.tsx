"use client";

import { useEffect } from "react";

/** The message type an embedding page receives whenever the embed's height changes. */
const EMBED_HEIGHT_MESSAGE = "task-share:height";

/**
 * Reports the embed's content height to the page framing it, so that page can size the
 * <iframe> to fit (see the snippet in the README). Height is not secret: any origin may hear it.
 */
export function EmbedHeight({ targetId }: { targetId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target || window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(target.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(
        { type: EMBED_HEIGHT_MESSAGE, height, href: window.location.href },
        "*",
      );
    };
    const observer = new ResizeObserver(report);
    observer.observe(target);
    report();
    return () => observer.disconnect();
  }, [targetId]);

  return null;
}
