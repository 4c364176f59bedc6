// Every view keeps its state in the URL, so a shared link reproduces it. Parsers take what Next
// hands a page and fall back to defaults, reporting what they could not use.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter given once or repeated (?sort=a&sort=b reads as "a"). */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The URL for a path and its non-default parameters, so canonical links stay short. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
