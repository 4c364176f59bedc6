// The shared vocabulary every layer speaks: domain types, constants and schemas, importing
// nothing but zod. Upstream's wire shapes (`Raw*`) stay in lib/openrouter and are reshaped into these.
export * from "./catalogue";
export * from "./citation";
export * from "./schemas";
export * from "./dates";
export * from "./rankings";
export * from "./task-day";
export * from "./session-cost";
export * from "./apps";
