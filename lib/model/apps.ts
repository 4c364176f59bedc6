import { addDays } from "./dates";
import type { DataSource } from "./task-day";

// OpenRouter's app rankings (GET /datasets/app-rankings) as every reader and page sees them: the
// top public apps by tokens inside a date window, for the whole marketplace, one of its four
// groups or one subcategory, popular (by tokens) or trending (by excess growth). The dataset has
// no per-day rows: a history is the windows asked for and stored, one answer each.

export const APP_CATEGORIES = ["coding", "creative", "productivity", "entertainment"] as const;
export type AppCategory = (typeof APP_CATEGORIES)[number];

/** Upstream's subcategories and the group each belongs to, as the marketplace shows them. */
export const APP_SUBCATEGORIES = {
  "cli-agent": "coding",
  "ide-extension": "coding",
  "cloud-agent": "coding",
  "programming-app": "coding",
  "native-app-builder": "coding",
  "creative-writing": "creative",
  "video-gen": "creative",
  "image-gen": "creative",
  "audio-gen": "creative",
  roleplay: "entertainment",
  game: "entertainment",
  "writing-assistant": "productivity",
  "general-chat": "productivity",
  "personal-agent": "productivity",
  legal: "productivity",
} as const satisfies Record<string, AppCategory>;
export type AppSubcategory = keyof typeof APP_SUBCATEGORIES;
export const APP_SUBCATEGORY_NAMES = Object.keys(APP_SUBCATEGORIES) as AppSubcategory[];

/** Which apps a window ranks: all of them, one group or one subcategory. */
export type AppScope = "all" | AppCategory | AppSubcategory;
/** The whole marketplace and its four groups: the scopes kept for every window and month. */
export const APP_GROUP_SCOPES: readonly AppScope[] = ["all", ...APP_CATEGORIES];
export const APP_SCOPES: readonly AppScope[] = [...APP_GROUP_SCOPES, ...APP_SUBCATEGORY_NAMES];

export const APP_SCOPE_LABELS: Record<AppScope, string> = {
  all: "All apps",
  coding: "Coding",
  creative: "Creative",
  productivity: "Productivity",
  entertainment: "Entertainment",
  "cli-agent": "CLI agents",
  "ide-extension": "IDE extensions",
  "cloud-agent": "Cloud agents",
  "programming-app": "Programming apps",
  "native-app-builder": "Native app builders",
  "creative-writing": "Creative writing",
  "video-gen": "Video generation",
  "image-gen": "Image generation",
  "audio-gen": "Audio generation",
  roleplay: "Roleplay",
  game: "Games",
  "writing-assistant": "Writing assistants",
  "general-chat": "General chat",
  "personal-agent": "Personal agents",
  legal: "Legal",
};

/** popular: by tokens in the window; trending: by tokens above the three windows before it. */
export const APP_SORTS = ["popular", "trending"] as const;
export type AppSort = (typeof APP_SORTS)[number];

/** The rolling windows kept current every day, in days, ending on the last completed day. */
export const ROLLING_APP_WINDOWS = [7, 30, 90] as const;
export type RollingAppWindow = (typeof ROLLING_APP_WINDOWS)[number];

/** Upstream's largest page: the top 100 apps of each window are kept. */
export const APPS_PER_WINDOW = 100;

/** One ranked app, exactly as upstream sent it (`total_tokens` a decimal string). */
export type AppRow = {
  appId: number;
  appName: string;
  rank: number;
  totalRequests: number;
  totalTokens: string;
};

/** One stored answer: a window, which apps it ranks and how, and the rows. */
export type AppWindow = {
  startDate: string;
  endDate: string;
  sort: AppSort;
  scope: AppScope;
  asOf: string;
  fetchedAt: string;
  rows: AppRow[];
};

/** What identifies a stored answer. */
export type AppWindowKey = Pick<AppWindow, "startDate" | "endDate" | "sort" | "scope">;

export function appWindowKey({ startDate, endDate, sort, scope }: AppWindowKey): string {
  return `${startDate}|${endDate}|${sort}|${scope}`;
}

/** Upstream's parameters for a scope: a subcategory alone (it names its group). */
export function scopeParams(scope: AppScope): Record<string, string> {
  if (scope === "all") return {};
  if (scope in APP_SUBCATEGORIES) return { subcategory: scope };
  return { category: scope };
}

/** Every stored window, without rows, and the job's health: what the pages can offer. */
export type AppsHolding = {
  source: DataSource;
  windows: Omit<AppWindow, "rows">[];
  read(key: AppWindowKey): Promise<AppWindow | undefined>;
};

/** Whether apps can be shown, and if not, why (the pages' notice). */
export type AppsState =
  /** `failing`: the last refresh failed; what is stored stays on the pages. */
  | { state: "stored"; apps: AppsHolding; failing?: string }
  | { state: "fetching" }
  | { state: "failing"; message: string; nextAttemptAt?: Date };

/** The `days` days ending `endDate`. */
export function rollingRange(days: number, endDate: string) {
  return { startDate: addDays(endDate, -(days - 1)), endDate };
}

/** The calendar month "YYYY-MM" as a window. */
export function monthRange(month: string) {
  const startDate = `${month}-01`;
  const next = addDays(startDate, 32).slice(0, 7);
  return { startDate, endDate: addDays(`${next}-01`, -1) };
}

/** The month before "YYYY-MM". */
export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** Whether a window is exactly one calendar month: those make the stored history. */
export function isCalendarMonth({ startDate, endDate }: { startDate: string; endDate: string }) {
  return startDate.endsWith("-01") && monthRange(startDate.slice(0, 7)).endDate === endDate;
}
