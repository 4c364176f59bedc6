import "server-only";

export { loadSampleCatalogue } from "./sample-catalogue-entries";
