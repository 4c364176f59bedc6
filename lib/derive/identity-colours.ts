import { RANKINGS_CATEGORIES } from "../model";
import { providerOf } from "./models";

// A colour is an identity: a provider, a model or a use-case category keeps its colour on every
// chart, page, picture and embed, whatever its rank, so two charts side by side never
// contradict each other. The colour comes from the identity itself (never from the rank): a
// fixed slot for the providers and categories the site knows, else a hash of the id. Within one
// chart two identities sharing a slot are told apart by moving the later one (in id order, not
// rank order) to the next free slot, so a reordered ranking keeps every colour. A model is drawn
// in its provider's colour, in one of five shades (its own where no other model of the provider
// in the chart asks for it first): green is always a Google model, never Claude in one chart and
// GPT in the next. The slots and shades are CSS variables defined once for light and dark in
// app/globals.css.

export const IDENTITY_SLOTS = 13;

export type IdentityFamily = "provider" | "model" | "category" | "app";

/** The providers OpenRouter's rankings are made of, each with a slot of its own. */
const PROVIDER_SLOTS: ReadonlyMap<string, number> = new Map([
  ["google", 1],
  ["x-ai", 2],
  ["openai", 3],
  ["anthropic", 4],
  ["meta-llama", 5],
  ["moonshotai", 6],
  ["z-ai", 7],
  ["qwen", 8],
  ["minimax", 9],
  ["mistralai", 10],
  ["deepseek", 11],
  ["cohere", 12],
  ["nvidia", 13],
]);

/** A provider's colour and its shades (`--identity-N`, `-N-soft` … in globals.css). */
const MODEL_SHADES = ["", "-soft", "-deep", "-pale", "-dark"] as const;

export function identityVariable(slot: number, shade = ""): string {
  return `var(--identity-${slot}${shade})`;
}

/** FNV-1a: a small, stable string hash (the same in every process and browser). */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** A model's identity survives a new dated version: "…/gemini-2.5-flash-20250617" is "…/gemini-2.5-flash". */
function modelIdentity(id: string): string {
  return id.replace(/-\d{8}$/, "").replace(/:.*$/, "");
}

/** The slot (1…IDENTITY_SLOTS) an identity asks for, before any other in its chart is known. */
export function preferredSlot(family: IdentityFamily, id: string): number {
  if (family === "provider") {
    const fixed = PROVIDER_SLOTS.get(id);
    if (fixed) return fixed;
  }
  if (family === "category") {
    const index = RANKINGS_CATEGORIES.findIndex((category) => category === id);
    if (index >= 0) return index + 1;
  }
  if (family === "model") return preferredSlot("provider", providerOf(id));
  return (hash(`${family}:${id}`) % IDENTITY_SLOTS) + 1;
}

// A model asks for one of the first three shades; the palest and darkest are left for a
// provider's fourth and fifth model in one chart.
const ASKED_SHADES = 3;

/** The shade (0…2) a model asks for within its provider's colour. */
export function preferredShade(id: string): number {
  return hash(`model:${modelIdentity(id)}`) % ASKED_SHADES;
}

/**
 * The colours of one chart's identities, in the order given. Fixed slots are served first, then
 * the hashed ones in id order; a slot already taken passes to the next free one (all taken, it
 * is shared). So a hashed identity keeps its colour on every chart where no other one asks for
 * the same slot before it. Models take their provider's colour as a provider chart of the same
 * providers draws it.
 */
export function identityColours(family: IdentityFamily, ids: readonly string[]): string[] {
  if (family === "model") return modelColours(ids);
  const slots = slotsOf(family, ids);
  return ids.map((id) => identityVariable(slots.get(id) ?? preferredSlot(family, id)));
}

function slotsOf(family: IdentityFamily, ids: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of fixedFirst(family, ids)) {
    let slot = preferredSlot(family, id);
    for (let tries = 0; taken.has(slot) && tries < IDENTITY_SLOTS; tries++) {
      slot = (slot % IDENTITY_SLOTS) + 1;
    }
    taken.add(slot);
    slots.set(id, slot);
  }
  return slots;
}

/**
 * Each model in its provider's colour, in its own shade unless a model of the same provider
 * before it (in id order) took that shade: then the next free one. A sixth model of one
 * provider has no shade left and takes a colour no provider in the chart uses.
 */
function modelColours(ids: readonly string[]): string[] {
  const providers = [...new Set(ids.map(providerOf))];
  const hues = slotsOf("provider", providers);
  const spare = Array.from({ length: IDENTITY_SLOTS }, (_, index) => index + 1).filter(
    (slot) => ![...hues.values()].includes(slot),
  );
  const colours = new Map<string, string>();
  const takenShades = new Map<number, Set<number>>();
  for (const id of [...new Set(ids)].sort(byId)) {
    const hue = hues.get(providerOf(id)) ?? preferredSlot("model", id);
    const taken = takenShades.get(hue) ?? new Set<number>();
    takenShades.set(hue, taken);
    let shade = preferredShade(id);
    for (let tries = 0; taken.has(shade) && tries < MODEL_SHADES.length; tries++) {
      shade = (shade + 1) % MODEL_SHADES.length;
    }
    if (taken.has(shade)) {
      colours.set(id, identityVariable(spare.shift() ?? hue));
      continue;
    }
    taken.add(shade);
    colours.set(id, identityVariable(hue, MODEL_SHADES[shade]));
  }
  return ids.map((id) => colours.get(id) ?? identityVariable(preferredSlot("model", id)));
}

function fixedFirst(family: IdentityFamily, ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => {
    const fixed = Number(isFixed(family, b)) - Number(isFixed(family, a));
    return fixed || byId(a, b);
  });
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isFixed(family: IdentityFamily, id: string): boolean {
  return (
    (family === "provider" && PROVIDER_SLOTS.has(id)) ||
    (family === "category" && RANKINGS_CATEGORIES.some((category) => category === id))
  );
}
