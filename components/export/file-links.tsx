import { IN_TEXT_LINK } from "@/components/ui/text-link";

/**
 * "These rows as a file: CSV · JSON": the API's answer for exactly what a table shows, as plain
 * links (no JavaScript), with test ids `{testId}-csv` and `{testId}-json`.
 */
export function FileLinks({
  path,
  query,
  testId,
}: {
  /** The API route: "/api/apps". */
  path: string;
  /** The table's filters as the API's parameters (no format). */
  query: URLSearchParams;
  testId: string;
}) {
  const href = (format: "csv" | "json") => {
    const params = new URLSearchParams(query);
    if (format === "csv") params.set("format", "csv");
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <p className="text-sm">
      These rows as a file:{" "}
      <a className={IN_TEXT_LINK} href={href("csv")} data-testid={`${testId}-csv`}>
        CSV
      </a>{" "}
      ·{" "}
      <a className={IN_TEXT_LINK} href={href("json")} data-testid={`${testId}-json`}>
        JSON
      </a>{" "}
      (exactly as published, with the citation; see the{" "}
      <a className={IN_TEXT_LINK} href="/api">
        Data API
      </a>
      ).
    </p>
  );
}
