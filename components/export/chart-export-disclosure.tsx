"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";

import { keepInViewport } from "@/components/ui/keep-in-viewport";
import { readPageData } from "@/components/ui/read-page-data";
import type { ChartExport } from "@/lib/export/chart-export";

import type { ExportFormat } from "./export-file";

const FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  { format: "png", label: "PNG image", note: "2× for sharp slides" },
  { format: "svg", label: "SVG image", note: "scales to any size" },
  { format: "csv", label: "CSV data", note: "the rows on screen" },
  { format: "json", label: "JSON data", note: "the rows on screen" },
];

/** A file the server writes (an API answer), listed in the menu beside the ones drawn here. */
export type ServerDownload = { href: string; label: string; note: string };

/**
 * A chart's download menu (a disclosure: Tab moves through the items, Escape closes): the
 * browser's half of ChartExportMenu, which see.
 */
export function ChartExportDisclosure({
  figureId,
  title,
  formats,
  serverFiles,
}: {
  figureId: string;
  title: string;
  formats: ExportFormat[];
  serverFiles: ServerDownload[];
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useLayoutEffect(() => {
    if (open && menu.current) keepInViewport(menu.current);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  async function download(format: ExportFormat) {
    setOpen(false);
    try {
      // The writers (SVG, PNG, CSV via papaparse) load on first use, not with the page.
      const { exportChart } = await import("./export-file");
      const chart = readPageData<ChartExport>(document, "chart-export", figureId);
      if (!chart) throw new Error("the chart's data is not on the page");
      const fileName = await exportChart(format, figureId, chart);
      setStatus(`Downloaded ${fileName}`);
    } catch (error) {
      setStatus(`Download failed: ${error instanceof Error ? error.message : "unknown error"}`);
    }
    trigger.current?.focus();
  }

  return (
    <>
      <div
        ref={root}
        className="needs-js relative print:hidden"
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) {
            setOpen(false);
            trigger.current?.focus();
          }
        }}
      >
        <button
          ref={trigger}
          type="button"
          aria-expanded={open}
          aria-controls={menuId}
          aria-label={`Download ${title}`}
          onClick={() => setOpen((value) => !value)}
          className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-border bg-card px-3 py-1.5 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          <DownloadIcon />
          Download
        </button>
        <ul
          ref={menu}
          id={menuId}
          hidden={!open}
          className="absolute right-0 z-20 mt-1 w-56 rounded-lg border border-border bg-card p-1 text-sm shadow-lg"
        >
          {FORMATS.filter((item) => formats.includes(item.format)).map(
            ({ format, label, note }) => (
              <li key={format}>
                <button
                  type="button"
                  onClick={() => void download(format)}
                  className="flex w-full flex-col items-start rounded-md px-3 py-2 text-left hover:bg-muted focus-visible:outline-2 focus-visible:outline-accent"
                  data-format={format}
                >
                  <span className="font-medium">{label}</span>
                  <span className="text-xs text-muted-foreground">{note}</span>
                </button>
              </li>
            ),
          )}
          {serverFiles.map(({ href, label, note }) => (
            <li key={href}>
              <a
                href={href}
                download
                onClick={() => setOpen(false)}
                className="flex w-full flex-col items-start rounded-md px-3 py-2 text-left hover:bg-muted focus-visible:outline-2 focus-visible:outline-accent"
              >
                <span className="font-medium">{label}</span>
                <span className="text-xs text-muted-foreground">{note}</span>
              </a>
            </li>
          ))}
        </ul>
        <p role="status" className="sr-only">
          {status}
        </p>
      </div>
      {serverFiles.length > 0 && <ServerFilesMenu title={title} files={serverFiles} />}
    </>
  );
}

/** Without JavaScript: the server's files as links, on a <details> that opens without script. */
function ServerFilesMenu({ title, files }: { title: string; files: ServerDownload[] }) {
  return (
    <details className="no-js-only relative print:hidden">
      <summary
        aria-label={`Download ${title}`}
        className="inline-flex min-h-9 cursor-pointer list-none items-center gap-1.5 rounded-md border border-border bg-card px-3 py-1.5 text-sm font-medium hover:bg-muted"
      >
        <DownloadIcon />
        Download
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-56 max-w-[calc(100vw-2rem)] rounded-lg border border-border bg-card p-1 text-sm shadow-lg">
        {files.map(({ href, label, note }) => (
          <li key={href}>
            <a href={href} download className="flex flex-col rounded-md px-3 py-2 hover:bg-muted">
              <span className="font-medium">{label}</span>
              <span className="text-xs text-muted-foreground">{note}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor">
      <path d="M8 2v8m0 0 3-3m-3 3L5 7M3 12.5h10" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
