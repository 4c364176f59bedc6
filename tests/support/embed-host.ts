import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for a wiki or report that embeds Task Share: GET /report?src=…&width=… answers a
// page with that iframe, resizing it to the height the embed reports (the README's snippet).

export type EmbedHost = { origin: string; close: () => Promise<void> };

export async function startEmbedHost(): Promise<EmbedHost> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://host");
    const src = url.searchParams.get("src") ?? "";
    const width = Number(url.searchParams.get("width") ?? "360");
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html><head><title>Report</title></head><body style="margin:0">
<iframe id="embed" src="${escapeAttribute(src)}" title="Task Share" style="border:0;width:${width}px;height:150px"></iframe>
<script>
  window.heights = [];
  window.addEventListener("message", (event) => {
    if (event.data && event.data.type === "task-share:height") {
      window.heights.push(event.data.height);
      document.getElementById("embed").style.height = event.data.height + "px";
    }
  });
</script>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}
