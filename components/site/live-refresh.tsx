"use client";

import dynamic from "next/dynamic";

// Polling starts after first paint: React Query and the poller stay off the critical path, and
// the page renders nothing for it.
export const LiveRefresh = dynamic(
  () => import("./live-refresh-poller").then((module) => module.LiveRefreshPoller),
  { ssr: false },
);
