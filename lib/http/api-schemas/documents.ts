import { z } from "zod";

import type { ApiRoute } from "./api-route";

export const OPENAPI_ROUTE: ApiRoute = {
  path: "/api/openapi.json",
  operationId: "getOpenApi",
  summary: "This description",
  description:
    "The OpenAPI 3.1 description of every route, generated from the schemas the routes use.",
  params: [],
  answers: {
    json: z.looseObject({
      openapi: z.literal("3.1.0"),
      info: z.looseObject({ title: z.string(), version: z.string() }),
      paths: z.record(z.string(), z.unknown()),
    }),
  },
  cached: true,
  whileNoData: false,
};

export const datapackageAnswer = z.looseObject({
  profile: z.literal("data-package"),
  name: z.string(),
  licenses: z.array(z.looseObject({ name: z.string(), path: z.url() })).min(1),
  sources: z.array(z.looseObject({ title: z.string(), path: z.url() })).min(1),
  resources: z.array(
    z.looseObject({
      name: z.string(),
      path: z.url(),
      format: z.literal("csv"),
      schema: z.looseObject({
        fields: z.array(z.looseObject({ name: z.string(), type: z.string() })),
      }),
    }),
  ),
});

export const DATAPACKAGE_ROUTE: ApiRoute = {
  path: "/datapackage.json",
  operationId: "getDataPackage",
  summary: "The downloads as a Frictionless Data Package",
  description:
    "A Data Package (frictionlessdata.io) describing the full-history CSV files: their fields and types, the licence, the sources and the citation. `frictionless`, `datapackage` (R) and similar tools load the files from it.",
  params: [],
  answers: { json: datapackageAnswer },
  cached: true,
};
