import { z } from "zod";

// The vocabulary's zod schemas, apart from the modules client code reads (dates.ts, citation.ts):
// zod's schemas are built when their module loads, so a client component that imported them,
// even unused, would carry zod in every page's first-load JavaScript.

/** A calendar day as YYYY-MM-DD, in every schema that names one. */
export const dateSchema = z.iso.date();

export const citationSchema = z
  .string()
  .meta({ description: "The line to carry wherever the figures are republished." });
