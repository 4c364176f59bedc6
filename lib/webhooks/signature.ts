import { createHmac } from "node:crypto";

/** The X-Task-Share-Signature header's value: the HMAC-SHA256 of the exact body, in hex. */
export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}
