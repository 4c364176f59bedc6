"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import * as z from "zod/mini";

// Keeps an open page current: polls /api/status and, when the server holds a newer snapshot than
// the one this page was rendered from, or its last refresh failed or healed since, re-renders the
// page on the server (router.refresh keeps scroll position and client state; no reload). A day
// fetched again keeps its first fetch time, so the fetch time alone cannot say "healed".

const statusSchema = z.object({
  as_of: z.nullable(z.string()),
  fetched_at: z.nullable(z.string()),
  stale: z.boolean(),
});

export type SnapshotVersion = { asOf: string; fetchedAt: string; stale: boolean };

async function fetchVersion(): Promise<SnapshotVersion> {
  const response = await fetch("/api/status", {
    headers: { Accept: "application/json" },
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = statusSchema.parse(await response.json());
  return { asOf: body.as_of ?? "", fetchedAt: body.fetched_at ?? "", stale: body.stale };
}

export type LiveRefreshPollerProps = { rendered: SnapshotVersion; pollMs: number };

/** The page's own query client: nothing else on a page queries from the browser. */
export function LiveRefreshPoller(props: LiveRefreshPollerProps) {
  // Created in state so a re-render never drops the cache.
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Poller {...props} />
    </QueryClientProvider>
  );
}

function Poller({ rendered, pollMs }: LiveRefreshPollerProps) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["status", "version"],
    queryFn: fetchVersion,
    initialData: rendered,
    // Mounted when the first poll is due (see live-refresh.tsx): ask at once, then every pollMs.
    initialDataUpdatedAt: 0,
    staleTime: pollMs,
    refetchInterval: pollMs,
    refetchOnWindowFocus: true,
  });

  const isNewer = data.fetchedAt !== rendered.fetchedAt || data.stale !== rendered.stale;
  useEffect(() => {
    if (isNewer) router.refresh();
  }, [isNewer, router]);

  return null;
}
