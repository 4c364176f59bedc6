// Model ids are `vendor/name-YYYYMMDD` slugs.

const DATE_SUFFIX = /-\d{8}$/;

/** The short name a chart axis has room for: "anthropic/claude-opus-5.5-20260921" → "claude-opus-5.5". */
export function chartModelName(id: string): string {
  const name = id.slice(id.indexOf("/") + 1) || id;
  return name.replace(DATE_SUFFIX, "") || name;
}
