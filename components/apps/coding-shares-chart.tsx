import { Swatch } from "@/components/ui/swatch";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import type { CodingShares } from "@/lib/derive/apps";
import { identityColours } from "@/lib/derive/identity-colours";
import { formatMonth, formatPercent } from "@/lib/format";

const WIDTH = 720;
const PLOT_HEIGHT = 220;
const TOP = 8;
const AXIS = 24;
const CITATION = 22;
const OTHERS_COLOUR = "var(--muted-foreground)";

/**
 * The coding apps' shares of the ranked coding apps' tokens, one stacked column a month, drawn
 * on the server (nothing hydrates). The latest month's leaders keep their colour by identity;
 * the rest are one grey band. The citation is drawn inside the picture, so a screenshot of it
 * carries it; the same figures follow as a table.
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
  const step = WIDTH / shares.months.length;
  const height = TOP + PLOT_HEIGHT + AXIS + CITATION;
  const labelEvery = Math.ceil(shares.months.length / 8);
  return (
    <figure className="flex flex-col gap-3" data-testid="coding-shares">
      <svg
        role="img"
        aria-labelledby="coding-shares-title"
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full text-muted-foreground"
      >
        <title id="coding-shares-title">
          {`Coding apps' shares of the ranked coding apps' tokens by month, ${formatMonth(`${shares.months[0]}-01`)} to ${formatMonth(`${shares.months.at(-1)}-01`)}`}
        </title>
        {shares.months.map((month, column) => {
          let y = TOP + PLOT_HEIGHT;
          return (
            <g key={month}>
              {bands.map((band) => {
                const bandHeight = (band.values[column] ?? 0) * PLOT_HEIGHT;
                y -= bandHeight;
                return (
                  <rect
                    key={band.key}
                    x={column * step + step * 0.08}
                    y={y}
                    width={step * 0.84}
                    height={bandHeight}
                    fill={band.colour}
                    opacity={band.key === "others" ? 0.35 : 1}
                  />
                );
              })}
              {column % labelEvery === 0 && (
                <text
                  x={column * step + step / 2}
                  y={TOP + PLOT_HEIGHT + 16}
                  textAnchor="middle"
                  fontSize="11"
                  fill="currentColor"
                >
                  {formatMonth(`${month}-01`)}
                </text>
              )}
            </g>
          );
        })}
        <text x={0} y={height - 6} fontSize="11" fill="currentColor">
          {citation}
        </text>
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
        {bands.map((band) => (
          <li key={band.key} className="flex max-w-full items-center gap-1.5 break-words">
            <Swatch colour={band.colour} />
            <span className="min-w-0 break-words">{band.name}</span>
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer">The figures as a table</summary>
        <Table
          id="coding-shares-table"
          terms={["codingMonth", "codingShare"]}
          caption="Coding apps' shares of the ranked coding apps' tokens by month"
          header={
            <tr>
              <TableHead sticky term="codingMonth" table="coding-shares-table">
                Month
              </TableHead>
              {bands.map((band) => (
                <TableHead
                  key={band.key}
                  numeric
                  term="codingShare"
                  table="coding-shares-table"
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
