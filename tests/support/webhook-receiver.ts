import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A webhook endpoint on 127.0.0.1 that records every POST (headers, exact body, the status it
// answered) and answers 500 until told to accept.

export type ReceivedDelivery = {
  at: number;
  contentType: string | undefined;
  signature: string | undefined;
  body: string;
  status: number;
};

export type WebhookReceiver = {
  url: string;
  received: ReceivedDelivery[];
  accept(accepting: boolean): void;
  close(): Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  let accepting = false;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const status = request.method === "POST" && accepting ? 200 : 500;
      received.push({
        at: Date.now(),
        contentType: request.headers["content-type"],
        signature: [request.headers["x-task-share-signature"]].flat()[0],
        body: Buffer.concat(chunks).toString("utf8"),
        status,
      });
      response.writeHead(status, { "Content-Type": "text/plain" });
      response.end(status === 200 ? "ok" : "not now");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/task-share`,
    received,
    accept: (value) => {
      accepting = value;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
