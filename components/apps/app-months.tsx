import { formatMonth, formatTokenAmount } from "@/lib/format";

const WIDTH = 96;
const HEIGHT = 24;

/**
 * An app's tokens month by month as small columns, drawn on the server (nothing hydrates); each
 * column scaled to the app's own busiest month, a gap where it was not ranked. Its label says
 * the first and last months and the busiest one, for readers who cannot see it.
 */
export function AppMonths({ months, tokens }: { months: string[]; tokens: (string | null)[] }) {
  const values = tokens.map((value) => (value === null ? 0n : BigInt(value)));
  const peak = values.reduce((max, value) => (value > max ? value : max), 0n);
  if (peak === 0n || months.length === 0) return <span className="text-muted-foreground">–</span>;
  const peakIndex = values.indexOf(peak);
  const step = WIDTH / months.length;
  const label = `Tokens by month, ${formatMonth(`${months[0]}-01`)} to ${formatMonth(`${months.at(-1)}-01`)}: busiest ${formatMonth(`${months[peakIndex]}-01`)} with ${formatTokenAmount(peak)}`;
  return (
    <svg
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="inline-block align-middle text-accent"
    >
      <title>{label}</title>
      {values.map((value, index) => {
        // Scaled in BigInt to a thousandth: counts pass 2^53.
        const height = (Number((value * 1000n) / peak) / 1000) * HEIGHT;
        return (
          <rect
            key={months[index]}
            x={index * step + step * 0.1}
            y={HEIGHT - height}
            width={step * 0.8}
            height={height}
            fill="currentColor"
          />
        );
      })}
    </svg>
  );
}
