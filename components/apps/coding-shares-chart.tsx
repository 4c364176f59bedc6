import { Swatch } from "@/components/ui/swatch";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import type { CodingShares } from "@/lib/derive/apps";
import { identityColours } from "@/lib/derive/identity-colours";
import { formatMonth, formatPercent } from "@/lib/format";

const OTHERS_COLOUR = "var(--muted-foreground)";
const TABLE_ID = "coding-shares-table";

/**
 * The coding apps' shares of the ranked coding apps' tokens, one stacked column a month: plain
 * HTML boxes drawn on the server (nothing hydrates, and the labels keep their size on a phone).
 * The latest month's leaders keep their colour by identity; the rest are one grey band. The
 * citation is part of the figure, so a screenshot of it carries it; the figures follow as a table.
 */
export function CodingSharesChart({
  shares,
  citation,
}: {
  shares: CodingShares;
  citation: string;
}) {
  const colours = identityColours(
    "app",
    shares.apps.map((app) => String(app.appId)),
  );
  const bands = [
    ...shares.apps.map((app, index) => ({
      key: String(app.appId),
      name: app.appName,
      colour: colours[index] ?? OTHERS_COLOUR,
      values: app.shares,
    })),
    {
      key: "others",
      name: "Other ranked coding apps",
      colour: OTHERS_COLOUR,
      values: shares.others,
    },
  ];
  const first = shares.months[0] ?? "";
  const last = shares.months.at(-1) ?? "";
  const middle = shares.months[Math.floor(shares.months.length / 2)] ?? "";
  return (
    <figure className="flex flex-col gap-3" data-testid="coding-shares">
      <div
        role="img"
        aria-label={`Coding apps' shares of the ranked coding apps' tokens by month, ${formatMonth(`${first}-01`)} to ${formatMonth(`${last}-01`)}; the figures follow as a table`}
        className="flex h-56 items-stretch gap-px sm:gap-0.5"
      >
        {shares.months.map((month, column) => (
          <div key={month} className="flex flex-1 flex-col-reverse">
            {bands.map((band) => (
              <div
                key={band.key}
                style={{
                  height: `${((band.values[column] ?? 0) * 100).toFixed(2)}%`,
                  background: band.colour,
                  opacity: band.key === "others" ? 0.35 : 1,
                }}
              />
            ))}
          </div>
        ))}
      </div>
      <div aria-hidden className="flex justify-between text-xs text-muted-foreground">
        <span>{formatMonth(`${first}-01`)}</span>
        <span>{formatMonth(`${middle}-01`)}</span>
        <span>{formatMonth(`${last}-01`)}</span>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
        {bands.map((band) => (
          <li key={band.key} className="flex max-w-full min-w-0 items-center gap-1.5">
            <Swatch colour={band.colour} />
            <span className="min-w-0 break-words">{band.name}</span>
          </li>
        ))}
      </ul>
      <figcaption className="text-xs text-muted-foreground" data-testid="coding-shares-citation">
        {citation}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer">The figures as a table</summary>
        <Table
          id={TABLE_ID}
          terms={["codingMonth", "codingShare"]}
          caption="Coding apps' shares of the ranked coding apps' tokens by month"
          header={
            <tr>
              <TableHead sticky term="codingMonth" table={TABLE_ID}>
                Month
              </TableHead>
              {bands.map((band) => (
                <TableHead
                  key={band.key}
                  numeric
                  term="codingShare"
                  table={TABLE_ID}
                  className="max-w-40 break-words"
                >
                  {band.name}
                </TableHead>
              ))}
            </tr>
          }
        >
          {shares.months.map((month, column) => (
            <TableRow key={month}>
              <TableRowHeader sticky>{formatMonth(`${month}-01`)}</TableRowHeader>
              {bands.map((band) => (
                <TableCell key={band.key} numeric>
                  {formatPercent(band.values[column] ?? 0)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </Table>
      </details>
    </figure>
  );
}
