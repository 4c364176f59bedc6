"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";

import type { LiveRefreshPollerProps } from "./live-refresh-poller";

// Nothing needs asking before the first poll is due, so the poller (React Query and the response
// check) loads only then: none of it runs while the page loads, and it renders nothing.
const LiveRefreshPoller = dynamic(
  () => import("./live-refresh-poller").then((module) => module.LiveRefreshPoller),
  { ssr: false },
);

export function LiveRefresh(props: LiveRefreshPollerProps) {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), props.pollMs);
    return () => clearTimeout(timer);
  }, [props.pollMs]);
  return due ? <LiveRefreshPoller {...props} /> : null;
}
