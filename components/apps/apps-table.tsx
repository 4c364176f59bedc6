import { NewBadge } from "@/components/history/share-delta";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import type { RankedApp } from "@/lib/derive/apps";
import { formatCount, formatExactTokens, formatPercent } from "@/lib/format";

import { AppMonths } from "./app-months";

const TABLE_ID = "apps-table";

/** Places up or down since the window before, in words for screen readers. */
function RankChange({ change }: { change: RankedApp["rankChange"] }) {
  if (change === null) return <span className="text-muted-foreground">–</span>;
  if (change === "new") return <NewBadge />;
  if (change === 0) return <span title="Same rank">=</span>;
  const up = change > 0;
  return (
    // relative: the sr-only words are placed within the scrolling table, not the page.
    <span className={`relative ${up ? "text-[var(--delta-up)]" : "text-[var(--delta-down)]"}`}>
      <span aria-hidden className="text-[0.7em]">
        {up ? "▲" : "▼"}
      </span>
      {Math.abs(change)}
      <span className="sr-only">{up ? " places up" : " places down"}</span>
    </span>
  );
}

/** The ranked apps in upstream's order: exact tokens, requests, share, and their months. */
export function AppsTable({
  rows,
  months,
  caption,
}: {
  rows: RankedApp[];
  months: string[];
  caption: string;
}) {
  const table = TABLE_ID;
  return (
    <Table
      id={TABLE_ID}
      bleed
      className="sm:min-w-[44rem]"
      data-testid="apps-table"
      terms={["app", "appTokens", "appShare", "appRankChange", "appRequests", "appMonths"]}
      caption={caption}
      header={
        <tr>
          <TableHead sticky term="app" table={table}>
            # · App
          </TableHead>
          <TableHead numeric term="appTokens" table={table}>
            Tokens
          </TableHead>
          <TableHead numeric term="appShare" table={table}>
            Share
          </TableHead>
          <TableHead numeric term="appRankChange" table={table}>
            Change
          </TableHead>
          <TableHead numeric secondary term="appRequests" table={table}>
            Requests
          </TableHead>
          <TableHead secondary term="appMonths" table={table}>
            By month
          </TableHead>
        </tr>
      }
    >
      {rows.map((row) => (
        <TableRow key={row.appId} hover data-app-id={row.appId}>
          {/* Upstream's names are untrusted text: React escapes them; long ones wrap. */}
          <TableRowHeader sticky className="max-w-64 break-words max-sm:max-w-36">
            <span className="mr-2 inline-block min-w-6 text-right text-muted-foreground tabular-nums">
              {row.rank}
            </span>
            {row.appName}
          </TableRowHeader>
          <TableCell numeric data-tokens={row.totalTokens}>
            {formatExactTokens(BigInt(row.totalTokens))}
          </TableCell>
          <TableCell numeric>{formatPercent(row.share)}</TableCell>
          <TableCell numeric data-testid="rank-change">
            <RankChange change={row.rankChange} />
          </TableCell>
          <TableCell numeric secondary>
            {formatCount(row.totalRequests)}
          </TableCell>
          <TableCell secondary>
            <AppMonths months={months} tokens={row.months} />
          </TableCell>
        </TableRow>
      ))}
    </Table>
  );
}
