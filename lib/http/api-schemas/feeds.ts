import { z } from "zod";

import type { ApiRoute } from "./api-route";

export const FEED_ROUTE: ApiRoute = {
  path: "/feed.xml",
  operationId: "getFeed",
  summary: "What changed, as an Atom feed",
  description:
    "One entry per stored day, newest first (at most 60), each against the day before, with the citation and a link to that day's /changes.",
  params: [],
  answers: { atom: "An Atom 1.0 feed." },
  cached: true,
};

export const TAG_FEED_ROUTE: ApiRoute = {
  path: "/tags/{tag}/feed.xml",
  operationId: "getTagFeed",
  summary: "What changed for one task, as an Atom feed",
  description: "As /feed.xml, for one task: the days that list it.",
  params: [
    {
      name: "tag",
      in: "path",
      required: true,
      description: "The task's key, percent-encoded: code%3Ageneral_impl.",
      schema: z.string().min(1),
    },
  ],
  answers: { atom: "An Atom 1.0 feed." },
  cached: true,
  notFound: "No stored day lists the task.",
};
