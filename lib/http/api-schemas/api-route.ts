import type { z } from "zod";

import type { ApiParam } from "./common";

// One entry per API route, next to its answer's schema: the route reads its accepted parameters
// from it (so it cannot accept one the description leaves out), types its answer by it, and
// /api/openapi.json and the /api page are generated from the list of entries (./index.ts).

export type ApiRoute = {
  /** The OpenAPI path: `{name}` for a path parameter. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  params: ApiParam[];
  /** The 200 answer by media type: JSON's schema, CSV's row schema, Atom's description. */
  answers: { json?: z.ZodType; csv?: z.ZodObject; atom?: string };
  /** Whether answers carry ETag, Last-Modified and a cache lifetime (lib/http/conditional.ts). */
  cached: boolean;
  /** Why the route may answer 404 besides a date with nothing stored. */
  notFound?: string;
  /** The 503 while nothing is stored: the error shape unless given; false: needs no data. */
  whileNoData?: z.ZodType | false;
};

/** The query parameters a route accepts. */
export function queryParamNames(route: ApiRoute): string[] {
  return route.params.filter((param) => param.in === "query").map((param) => param.name);
}

/**
 * What is wrong with a request's query for a route, if anything: an unknown or repeated
 * parameter, a required one missing, or a value its schema refuses.
 */
export function queryProblem(route: ApiRoute, params: URLSearchParams): string | undefined {
  const allowed = queryParamNames(route);
  const names = [...params.keys()];
  const unknown = [...new Set(names.filter((name) => !allowed.includes(name)))];
  if (unknown.length > 0) {
    const accepted =
      allowed.length > 0 ? `accepted: ${allowed.join(", ")}` : "this route takes none";
    return `Unknown query parameter${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} (${accepted}).`;
  }
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length > 0) return `Query parameter ${repeated.join(", ")} given more than once.`;
  for (const param of route.params) {
    if (param.in !== "query") continue;
    const value = params.get(param.name);
    if (value === null || (param.required && value === "")) {
      if (!param.required) continue;
      const example =
        param.example === undefined
          ? ""
          : `, e.g. ?${param.name}=${encodeURIComponent(param.example)}`;
      return `${param.name} is required${example}.`;
    }
    if (!param.schema.safeParse(value).success) {
      return param.invalid?.(value) ?? `${param.name} cannot be "${value}".`;
    }
  }
  return undefined;
}
