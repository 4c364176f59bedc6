import { z } from "zod";

import { SnippetList } from "@/components/export/snippet-list";
import { IN_TEXT_LINK } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { RANKINGS_URL } from "@/lib/model";
import type { LoadedTaskDay } from "@/lib/data";
import { modelHref } from "@/lib/derive/models";
import { TASKS } from "@/lib/export/datasets";
import { dataPath, snippetsFor } from "@/lib/export/snippets";
import { API_ROUTES } from "@/lib/http/api-schemas";
import type { ApiRoute } from "@/lib/http/api-schemas/api-route";
import { API_VERSION, CITATION_RULE, DATA_LICENSE } from "@/lib/http/api-schemas/common";
import { jsonSchemaOf, objectJsonSchema } from "@/lib/http/json-schema";

// The readable twin of /api/openapi.json, drawn on the server from the same route entries and
// schemas: every route, its parameters, its answers' fields and how it may be cached.

/** The fields of an object schema, one level deep, with their JSON types. */
function definitionsOf(schema: z.ZodType) {
  const parsed = objectJsonSchema.safeParse(jsonSchemaOf(schema));
  if (!parsed.success) return [];
  return Object.entries(parsed.data.properties).map(([name, property]) => {
    const types = property.anyOf?.map((option) => option.type ?? "object") ?? [
      ...[property.type ?? "any"].flat(),
    ];
    const type = types.map((item) =>
      item === "string" && property.format ? property.format : item,
    );
    return { name, note: type.join(" or "), meaning: property.description ?? "" };
  });
}

/** Text with `code` spans, as the descriptions are written. */
function Prose({ text }: { text: string }) {
  return text
    .split("`")
    .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/** Named things and what they mean, as a definition list: documentation, not a data table. */
function Definitions({
  title,
  items,
}: {
  title: string;
  items: { name: string; note: string; meaning: string }[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">{title}</h3>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(10rem,max-content)_1fr]">
        {items.map((item) => (
          <div key={item.name} className="contents">
            <dt className="font-mono text-xs break-all">
              {item.name} <span className="text-muted-foreground">{item.note}</span>
            </dt>
            <dd className="max-sm:mb-1 max-sm:pl-3">
              <Prose text={item.meaning} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A model's path ("anthropic/claude-opus-5.5") as the description's two path parameters. */
function modelPathValues(path: string): { provider: string; model: string } {
  const slash = path.indexOf("/");
  return { provider: path.slice(0, slash), model: path.slice(slash + 1) };
}

/**
 * A link to try the route: its path parameters filled from the day shown (an example from the
 * description could name a model this server's data lacks), its required ones with examples.
 */
function tryPath(route: ApiRoute, pathValues: Record<string, string>): string {
  const path = route.params
    .filter((param) => param.in === "path")
    .reduce(
      (filled, param) => filled.replace(`{${param.name}}`, pathValues[param.name] ?? ""),
      route.path,
    );
  const required = route.params.filter((param) => param.in === "query" && param.required);
  if (required.length === 0) return path;
  return dataPath(
    path,
    Object.fromEntries(required.map((param) => [param.name, param.example ?? ""])),
  );
}

function RouteSection({
  route,
  pathValues,
}: {
  route: ApiRoute;
  pathValues: Record<string, string>;
}) {
  const { json, csv, atom } = route.answers;
  const id = `route-${route.operationId}`;
  const example = tryPath(route, pathValues);
  return (
    <TitledSection
      level={2}
      id={id}
      title={
        <>
          <span className="font-mono text-base">GET {route.path}</span>
          <span className="block text-sm font-normal text-muted-foreground">{route.summary}</span>
        </>
      }
    >
      <p>
        <Prose text={route.description} />
      </p>
      {!example.includes("{") && (
        <p className="text-sm">
          Try it:{" "}
          <a href={example} className={`${IN_TEXT_LINK} font-mono`}>
            {example}
          </a>
        </p>
      )}
      {route.params.length > 0 && (
        <Definitions
          title="Parameters"
          items={route.params.map((param) => ({
            name: param.name,
            note: `${param.in}${param.required || param.in === "path" ? ", required" : ""}`,
            meaning: param.description,
          }))}
        />
      )}
      {json && <Definitions title="Fields of the JSON answer" items={definitionsOf(json)} />}
      {csv && <Definitions title="Columns of the CSV answer" items={definitionsOf(csv)} />}
      <p className="text-sm text-muted-foreground">
        Answers:{" "}
        {[json && "JSON", csv && "CSV (format=csv)", atom && "Atom"].filter(Boolean).join(", ")}.{" "}
        {route.cached
          ? "ETag and Last-Modified on every answer; a conditional request for an unchanged one is a 304."
          : "Never cached."}
      </p>
    </TitledSection>
  );
}

export function ApiView({
  origin,
  refreshSeconds,
  snapshot,
  usage,
}: {
  origin: string;
  refreshSeconds: number;
} & Pick<LoadedTaskDay, "snapshot" | "usage">) {
  const [model] = usage.models;
  const [tag] = snapshot.tags;
  const pathValues = {
    ...(model ? modelPathValues(modelHref(model.id).slice("/models/".length)) : {}),
    ...(tag ? { tag: encodeURIComponent(tag.tag) } : {}),
  };
  const snippets = snippetsFor(
    { path: dataPath(TASKS.path, { format: "csv" }), dates: ["as_of"] },
    origin,
    "task-share-tasks",
  );
  return (
    <article aria-labelledby="api-title" className="flex max-w-4xl flex-col gap-8">
      <header className="flex max-w-prose flex-col gap-3">
        <h1 id="api-title" className="text-2xl font-semibold tracking-tight">
          Data API
        </h1>
        <p>
          Every number on this site is also JSON and CSV: one day, one task over time, or every
          stored day at once. The machine-readable description is{" "}
          <a href="/api/openapi.json" className={IN_TEXT_LINK}>
            /api/openapi.json
          </a>{" "}
          (OpenAPI 3.1, version {API_VERSION}); the full-history files are described for data tools
          as a Frictionless Data Package at{" "}
          <a href="/datapackage.json" className={IN_TEXT_LINK}>
            /datapackage.json
          </a>
          .
        </p>
        <p>
          <strong>Citation.</strong> <Prose text={CITATION_RULE} /> The data is OpenRouter&rsquo;s (
          <a href={RANKINGS_URL} className={IN_TEXT_LINK}>
            openrouter.ai/rankings
          </a>
          ), published under{" "}
          <a href={DATA_LICENSE.path} className={IN_TEXT_LINK}>
            {DATA_LICENSE.title}
          </a>
          .
        </p>
        <p>
          <strong>Refresh and caching.</strong> The server asks OpenRouter at most once every{" "}
          {refreshSeconds} s, and OpenRouter publishes a new day about once a day. A day pinned with{" "}
          <code>as_of</code> never changes: caches may keep it for good. A latest answer may be kept
          for {refreshSeconds} s. Every data answer has an ETag and Last-Modified, and a conditional
          request for an unchanged one is answered 304 with no body.
        </p>
      </header>
      <TitledSection level={2} id="api-notebook" title="Every stored day in a notebook">
        <p className="max-w-prose">One row per stored day and task, each with its own citation:</p>
        <div className="flex max-w-prose flex-col gap-3">
          <SnippetList snippets={snippets} />
        </div>
      </TitledSection>
      {API_ROUTES.map((route) => (
        <RouteSection key={route.path} route={route} pathValues={pathValues} />
      ))}
    </article>
  );
}
