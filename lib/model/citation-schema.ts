import { z } from "zod";

// Apart from citation.ts, which the error page's client bundle imports: zod stays out of it.
export const citationSchema = z
  .string()
  .meta({ description: "The line to carry wherever the figures are republished." });
