// Model ids are `vendor/name-YYYYMMDD` slugs, but they come from upstream: any text is possible.

const DATE_SUFFIX = /-\d{8}$/;

/** The short name a chart axis has room for: "anthropic/claude-opus-5.5-20260921" → "claude-opus-5.5". */
export function chartModelName(id: string): string {
  const name = id.slice(id.indexOf("/") + 1) || id;
  return name.replace(DATE_SUFFIX, "") || name;
}

/** The provider is the part of the id before the first "/"; "" when the id names none. */
export function providerOf(id: string): string {
  const slash = id.indexOf("/");
  return slash > 0 ? id.slice(0, slash) : "";
}

export function providerLabel(provider: string): string {
  return provider || "(no provider)";
}

/**
 * The profile URL of a model: its id as the path, each segment encoded
 * ("/models/anthropic/claude-opus-5.5-20260921"). An id whose segments a browser would
 * rewrite ("." and "..", or empty ones from "//") travels as one segment with its slashes
 * encoded, so the link still reaches the same model.
 */
export function modelHref(id: string): string {
  const segments = id.split("/");
  const safe = segments.every((segment) => segment !== "" && segment !== "." && segment !== "..");
  return `/models/${safe ? segments.map(encodeURIComponent).join("/") : encodeURIComponent(id)}`;
}

/**
 * The model a /models/[...id] path names. Segments may reach the page still encoded or already
 * decoded, so both readings are tried, the decoded one first (as for tags).
 */
export function findModelBySegments<T>(
  models: ReadonlyMap<string, T>,
  segments: string[],
): T | undefined {
  const decoded = decodeSegments(segments);
  return (
    (decoded === undefined ? undefined : models.get(decoded)) ?? models.get(segments.join("/"))
  );
}

function decodeSegments(segments: string[]): string | undefined {
  try {
    return segments.map((segment) => decodeURIComponent(segment)).join("/");
  } catch {
    return undefined;
  }
}
