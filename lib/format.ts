// Every number and date on screen goes through these, so one rule holds everywhere.

const percentFormat = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A fraction as a percentage with one decimal: 0.1842 → "18.4%". */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

const ratioFormat = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Token intensity (token share / usage share): 1.4177 → "1.42×"; unknown → "–". */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? "–" : `${ratioFormat.format(ratio)}×`;
}

/** "7 days to 2026-11-21": the trailing window that ends on the as_of date. */
export function formatWindow(windowDays: number, asOf: string): string {
  return `${formatCountOf(windowDays, "day")} to ${asOf}`;
}

/** An ISO timestamp as "2026-11-24 02:40 UTC", the same for every visitor and server. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "#3 of 30". */
export function formatRank(rank: number, of: number): string {
  return `#${rank} of ${of}`;
}

/** How long ago, coarsely: "just now", "40 s ago", "12 min ago", "3 h ago", "2 days ago". */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 5) return "just now";
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

const pointsFormat = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});

/** A difference of two fractions in percentage points: 0.0061 → "+0.6 pp"; rounds to 0 → "0.0 pp". */
export function formatPoints(delta: number): string {
  return `${pointsFormat.format(delta * 100)} pp`;
}

/** A usual move either way, in percentage points: 0.0123 → "±1.2 pp"; rounds to 0 → "±0.0 pp". */
export function formatUsualMove(size: number): string {
  return `±${formatPoints(Math.abs(size)).replace(/^\+/, "")}`;
}

/** Which way a difference goes once rounded for display, so the arrow never contradicts the number. */
export function pointsDirection(delta: number): "up" | "down" | "flat" {
  const shown = Math.round(Math.abs(delta) * 1000);
  if (shown === 0) return "flat";
  return delta > 0 ? "up" : "down";
}

const shortDateFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

const yearDateFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/**
 * A snapshot date for a chart axis: "2026-11-15" → "Nov 15", or "Nov 15, 2026" `withYear` (for
 * a chart whose days are not all in one year).
 */
export function formatShortDate(isoDate: string, withYear = false): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return (withYear ? yearDateFormat : shortDateFormat).format(date);
}

const countFormat = new Intl.NumberFormat("en-US");

/** A whole count with thousands separators: 2508 → "2,508". */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** A count and its noun, singular for one: (1, "task") → "1 task", (2508, "day") → "2,508 days". */
export function formatCountOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
}

/** A run of days with no snapshot: "No snapshots from 2020-01-02 to 2026-11-13 (2,508 days)". */
export function formatGap(from: string, until: string, days: number): string {
  return `No snapshots from ${from} to ${until} (${formatCountOf(days, "day")})`;
}

/** Text cut to at most `length` characters, the last an ellipsis: labels and preview lines. */
export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const TOKEN_UNITS = [
  { unit: 10n ** 12n, symbol: "T" },
  { unit: 10n ** 9n, symbol: "B" },
  { unit: 10n ** 6n, symbol: "M" },
  { unit: 10n ** 3n, symbol: "K" },
] as const;

/**
 * A token count to three significant digits, in integer arithmetic (counts pass 2^53):
 * 1_734_123_456_789n → "1.73 T", 98_811_230_040n → "98.8 B", 950n → "950".
 */
export function formatTokenAmount(tokens: bigint): string {
  const negative = tokens < 0n;
  const size = negative ? -tokens : tokens;
  const { unit, symbol } = TOKEN_UNITS.find((item) => size >= item.unit) ?? {
    unit: 1n,
    symbol: "",
  };
  if (unit === 1n) return tokens.toString();
  // The most decimals that keep three digits: 1.73, 98.8, 413.
  for (const digits of [2, 1, 0]) {
    const scale = 10n ** BigInt(digits);
    const scaled = (size * scale + unit / 2n) / unit;
    if (scaled >= 1000n && digits > 0) continue;
    const larger = TOKEN_UNITS[TOKEN_UNITS.findIndex((item) => item.unit === unit) - 1];
    // 999.6 B rounds to 1000 B: that is 1.00 T.
    if (scaled >= 1000n && larger) return formatTokenAmount(negative ? -larger.unit : larger.unit);
    const fraction = digits > 0 ? `.${(scaled % scale).toString().padStart(digits, "0")}` : "";
    return `${negative ? "-" : ""}${countFormat.format(scaled / scale)}${fraction} ${symbol}`;
  }
  return tokens.toString();
}

/** A token count on a chart axis, without trailing zeros: 1.50 T → "1.5 T", 2.00 T → "2 T". */
export function formatTokenTick(tokens: bigint): string {
  const [number = "", unit] = formatTokenAmount(tokens).split(" ");
  const trimmed = number.includes(".") ? number.replace(/0+$/, "").replace(/\.$/, "") : number;
  return unit ? `${trimmed} ${unit}` : trimmed;
}

/** A readable token count: "1.73 T tokens". */
export function formatTokens(tokens: bigint): string {
  return `${formatTokenAmount(tokens)} tokens`;
}

/** The exact count with thousands separators: 1734123456789n → "1,734,123,456,789". */
export function formatExactTokens(tokens: bigint): string {
  return countFormat.format(tokens);
}

const monthFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** A calendar month from its first day: "2026-11-01" → "Nov 2026". */
export function formatMonth(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : monthFormat.format(date);
}
