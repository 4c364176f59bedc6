"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import * as z from "zod/mini";

// Keeps an open page current: polls /api/classifications and, when the server holds a newer
// snapshot than the one this page was rendered from, re-renders the page on the server
// (router.refresh keeps scroll position and client state; no reload).

const versionSchema = z.object({
  data: z.object({ as_of: z.string() }),
  fetched_at: z.string(),
});

export type SnapshotVersion = { asOf: string; fetchedAt: string };

async function fetchVersion(): Promise<SnapshotVersion> {
  // The latest answer may be cached for a refresh window: ask the server every time, which
  // answers 304 while the day is the same.
  const response = await fetch("/api/classifications", {
    headers: { Accept: "application/json" },
    cache: "no-cache",
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = versionSchema.parse(await response.json());
  return { asOf: body.data.as_of, fetchedAt: body.fetched_at };
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
    queryKey: ["classifications", "version"],
    queryFn: fetchVersion,
    initialData: rendered,
    // Mounted when the first poll is due (see live-refresh.tsx): ask at once, then every pollMs.
    initialDataUpdatedAt: 0,
    staleTime: pollMs,
    refetchInterval: pollMs,
    refetchOnWindowFocus: true,
  });

  const isNewer = data.fetchedAt !== rendered.fetchedAt;
  useEffect(() => {
    if (isNewer) router.refresh();
  }, [isNewer, router]);

  return null;
}
