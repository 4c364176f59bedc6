export type UpstreamFailure =
  | "unauthorized"
  | "rate_limited"
  | "http_error"
  | "timeout"
  | "network"
  | "invalid_json"
  | "too_large"
  | "invalid_payload";

/** A failed upstream call, described without secrets so it can be logged and shown as-is. */
export class UpstreamError extends Error {
  override readonly name = "UpstreamError";

  constructor(
    readonly failure: UpstreamFailure,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get retryAfterSeconds(): number | undefined {
    return this.details.retryAfterSeconds;
  }
}
