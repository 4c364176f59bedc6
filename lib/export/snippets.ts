// "Use this data": where a view's numbers come from in the API, and short programs that load
// exactly them in Python (pandas), R and with curl. Pure: the view builds its recipe on the
// server, and the snippets are plain text a reader can select without JavaScript.

/** Where a view's rows come from: a CSV, or the list of records at `records` in a JSON answer. */
export type DataRecipe = {
  /** Path and query on this site, the view's day pinned so the snippet never drifts. */
  path: string;
  /** JSON only: the keys leading to the list of records, e.g. ["data", "macro_categories"]. */
  records?: string[];
  /** Keep the rows whose columns equal these values: the view's filters. */
  filters?: { column: string; value: string }[];
  /** Columns holding a day (YYYY-MM-DD), read as dates rather than text. */
  dates?: string[];
  /**
   * Columns holding exact integers that may pass 2^53 (rankings' total_tokens): pandas reads
   * them as int64, R as bit64's integer64, never through a double.
   */
  integers?: string[];
};

/** A path on this site with its query, written in the order given. */
export function dataPath(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query).toString()}`;
}

export type Snippet = { language: "python" | "r" | "shell"; label: string; code: string };

/** A string literal Python and R both read back as `text` (JSON's escapes are valid in both). */
const literal = (text: string) => JSON.stringify(text);

/** A single-quoted shell word: a URL's own quotes are percent-encoded so none ends it. */
const shellWord = (url: string) => `'${url.replaceAll("'", "%27")}'`;

const list = (columns: string[]) => `[${columns.map(literal).join(", ")}]`;

function python(url: string, { records, filters = [], dates = [], integers = [] }: DataRecipe) {
  const options = [
    ...(dates.length > 0 ? [`parse_dates=${list(dates)}`] : []),
    ...(integers.length > 0
      ? [`dtype={${integers.map((column) => `${literal(column)}: "int64"`).join(", ")}}`]
      : []),
  ];
  const load = records
    ? [
        "import json",
        "from urllib.request import urlopen",
        "",
        "import pandas as pd",
        "",
        `with urlopen(${literal(url)}) as response:`,
        `    df = pd.json_normalize(json.load(response)${records.map((key) => `[${literal(key)}]`).join("")})`,
        ...dates.map((column) => `df[${literal(column)}] = pd.to_datetime(df[${literal(column)}])`),
        // JSON carries them as decimal strings: int64 holds them exactly.
        ...integers.map(
          (column) => `df[${literal(column)}] = df[${literal(column)}].astype("int64")`,
        ),
      ]
    : ["import pandas as pd", "", `df = pd.read_csv(${[literal(url), ...options].join(", ")})`];
  const keep = filters.map(
    ({ column, value }) => `df = df[df[${literal(column)}] == ${literal(value)}]`,
  );
  const exact =
    integers.length > 0 ? [`# ${integers.join(", ")}: exact integers (int64), never floats.`] : [];
  return [...exact, ...load, ...keep].join("\n");
}

function r(url: string, { records, filters = [], dates = [], integers = [] }: DataRecipe) {
  // read.csv would make a double of a count past 2^53 and round it: read it as text, then
  // as bit64's exact integer64.
  const classes = integers.map((column) => `${literal(column)} = "character"`);
  const load = records
    ? `df <- jsonlite::fromJSON(${literal(url)})${records.map((key) => `[[${literal(key)}]]`).join("")}`
    : `df <- read.csv(${literal(url)}${classes.length > 0 ? `, colClasses = c(${classes.join(", ")})` : ""})`;
  const convert = [
    ...dates.map((column) => `df[[${literal(column)}]] <- as.Date(df[[${literal(column)}]])`),
    ...integers.map(
      (column) => `df[[${literal(column)}]] <- bit64::as.integer64(df[[${literal(column)}]])`,
    ),
  ];
  const exact =
    integers.length > 0
      ? [`# ${integers.join(", ")}: exact integers past 2^53, kept exact with bit64.`]
      : [];
  const keep = filters.map(
    ({ column, value }) => `df <- df[df[[${literal(column)}]] == ${literal(value)}, ]`,
  );
  return [...exact, load, ...convert, ...keep].join("\n");
}

function shell(url: string, recipe: DataRecipe, fileStem: string): string {
  const file = `${fileStem}.${recipe.records ? "json" : "csv"}`;
  return `curl -fsSL ${shellWord(url)} -o ${shellWord(file)}`;
}

/** The snippets for a recipe on a site at `origin`; `fileStem` names curl's file. */
export function snippetsFor(recipe: DataRecipe, origin: string, fileStem: string): Snippet[] {
  const url = new URL(recipe.path, origin).toString();
  return [
    { language: "python", label: "Python (pandas)", code: python(url, recipe) },
    { language: "r", label: "R", code: r(url, recipe) },
    { language: "shell", label: "curl", code: shell(url, recipe, fileStem) },
  ];
}
