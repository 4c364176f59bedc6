"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
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
  const response = await fetch("/api/classifications", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = versionSchema.parse(await response.json());
  return { asOf: body.data.as_of, fetchedAt: body.fetched_at };
}

export function LiveRefresh({ rendered, pollMs }: { rendered: SnapshotVersion; pollMs: number }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["classifications", "version"],
    queryFn: fetchVersion,
    initialData: rendered,
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
