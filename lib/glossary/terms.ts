// What every column header and headline figure means, in one place: table headers, figure
// labels, the "What the columns mean" lists under tables and the About page all read these, so
// a term is defined once and said the same way everywhere.

export type Term = {
  /** The term as a header or label shows it. */
  label: string;
  /** One or two plain sentences: what the figure is and how it is computed. */
  definition: string;
};

export const TERMS = {
  task: {
    label: "Task",
    definition:
      "What a request was doing, as OpenRouter's classifier labels it (code generation, web search, …). Each task belongs to one macro-category.",
  },
  macroCategory: {
    label: "Macro-category",
    definition:
      "The broad group a task belongs to (Code, Data, Agent, General, …), as OpenRouter groups its task labels.",
  },
  usageShare: {
    label: "Usage share",
    definition:
      "Share of requests: the fraction of all classified, sampled requests in the seven days to the data date that fell in this row. Unclassified traffic is left out, so the rows sum to about 100%.",
  },
  tokenShare: {
    label: "Token share",
    definition:
      "Share of tokens: the fraction of all tokens in classified, sampled requests (seven days to the data date) that fell in this row.",
  },
  tokenIntensity: {
    label: "Intensity",
    definition:
      "Token intensity: token share ÷ usage share. Above 1× its requests are more token-heavy than the average request; below 1× lighter.",
  },
  categoryUsageShare: {
    label: "In category: usage",
    definition:
      "Share within category: the task's fraction of its own macro-category's requests (the macro-category's tasks sum to about 100%).",
  },
  categoryTokenShare: {
    label: "In category: tokens",
    definition: "Share within category: the task's fraction of its own macro-category's tokens.",
  },
  usageChange: {
    label: "Δ Usage",
    definition:
      "Change in usage share since the comparison day named in the header, in percentage points (pp): 12.0% → 12.5% is +0.5 pp. Each day is a seven-day window, so consecutive days share six days and a day-to-day change is small by construction.",
  },
  tokenChange: {
    label: "Δ Tokens",
    definition:
      "Change in token share since the comparison day named in the header, in percentage points (pp). Consecutive days' seven-day windows overlap by six days, so day-to-day changes are small by construction.",
  },
  usageTrend: {
    label: "Usage trend",
    definition:
      "Usage share on each stored day, one line per task, all drawn on one scale shared by the whole column (0% to the column's highest share), so line heights compare across rows. Gaps are days with no stored snapshot.",
  },
  rank: {
    label: "Rank",
    definition:
      "Place in the task's list of top models by requests (1 = most requests in that task).",
  },
  model: {
    label: "Model",
    definition:
      "A model as OpenRouter's model catalogue names it, with its dated slug (provider/name-date) below. A model the catalogue does not list shows as its slug.",
  },
  modelUsageInTask: {
    label: "Usage in task",
    definition:
      "The model's share of this task's requests. Only the task's top models are listed; one remainder row holds the rest.",
  },
  modelTokensInTask: {
    label: "Tokens in task",
    definition: "The model's share of this task's tokens.",
  },
  provider: {
    label: "Provider",
    definition: "The part of a model id before the first “/” (openai, anthropic, …).",
  },
  providerModels: {
    label: "Models",
    definition: "How many of the provider's models appear in any task's top list.",
  },
  taskCount: {
    label: "Tasks",
    definition: "How many tasks' top lists name the model.",
  },
  macroTaskCount: {
    label: "Tasks",
    definition: "How many tasks the macro-category has on this day.",
  },
  providerTasks: {
    label: "Tasks",
    definition: "How many tasks' top lists name at least one of the provider's models.",
  },
  inTask: {
    label: "In the task",
    definition:
      "The model's rank in the task's top list and its share of the task's own requests and tokens, as OpenRouter reports them.",
  },
  estUsageShare: {
    label: "Est. requests",
    definition:
      "Estimated share of all classified requests (lower bound): the sum, over the tasks that list the model, of its share of the task × the task's usage share. Traffic in tasks whose top list leaves it out is not counted, so the true share is at least this. Task Share's estimate, not OpenRouter's figure.",
  },
  estTokenShare: {
    label: "Est. tokens",
    definition:
      "Estimated share of all classified tokens (lower bound), computed as the requests estimate with token shares. Task Share's estimate, not OpenRouter's figure.",
  },
  topTask: {
    label: "Top task",
    definition: "The task that contributes most to the model's estimated requests.",
  },
  contribution: {
    label: "Of all classified",
    definition:
      "Contribution: the model's share in the task × the task's share of all classified traffic, i.e. the part of all classified requests (or tokens) it serves through this task. Exact, not an estimate.",
  },
  taskMix: {
    label: "Task mix",
    definition:
      "The model's contribution through the task as a share of its estimated total: what fraction of its counted traffic this task is.",
  },
  providerShare: {
    label: "Provider share",
    definition:
      "Estimated share (lower bound) of the provider's listed models: their contributions summed, overall or within a macro-category. Task Share's estimate.",
  },
  leadingProvider: {
    label: "Leading provider",
    definition: "The provider whose listed models hold the largest share of the task.",
  },
  providerSplit: {
    label: "Split of the task",
    definition:
      "The task's traffic by provider: each provider's listed models summed, then the remainder no listed model serves.",
  },
  date: {
    label: "Date",
    definition:
      "The data date (as_of): the last day of the seven-day window the numbers describe, in UTC.",
  },
  window: {
    label: "Window",
    definition:
      "Each day's figures cover the trailing seven days up to that date, so consecutive days overlap by six days and change slowly by construction.",
  },
  movedItem: {
    label: "Task or category",
    definition:
      "A task, or a macro-category (marked so), whose share moved between the two days compared.",
  },
  shareOf: {
    label: "Share of",
    definition: "Which share moved: of all classified requests, or of their tokens.",
  },
  shareFrom: {
    label: "From",
    definition: "The share on the earlier of the two days compared, as stored for that day.",
  },
  shareTo: {
    label: "To",
    definition: "The share on the day shown, the later of the two days compared.",
  },
  move: {
    label: "Change",
    definition: "To minus From, in percentage points (pp): 12.0% → 12.5% is +0.5 pp.",
  },
  usualMove: {
    label: "Usual move",
    definition:
      "How much this share usually moves over the same number of days: the median of its absolute changes between stored days that far apart, once at least three such pairs are stored. A move no larger is within normal variation.",
  },
  weights: {
    label: "Weights",
    definition:
      "Open when OpenRouter's model catalogue names a published weights repository (Hugging Face) for the model, closed when it names none, unknown when the catalogue does not list the model (never counted as open or closed).",
  },
  openWeightShare: {
    label: "Open weights",
    definition:
      "Share of the traffic served by open-weight models. Within one task, the listed models' share is exact; across tasks it is estimated from each task's top list, so it is a lower bound.",
  },
  closedWeightShare: {
    label: "Closed",
    definition:
      "Share of the traffic served by closed models (no published weights). Across tasks a lower bound, like every estimate from the top lists.",
  },
  unknownWeightShare: {
    label: "Unknown",
    definition:
      "Share of the traffic served by listed models that OpenRouter's catalogue does not list (retired, private or renamed), so neither open nor closed.",
  },
  unattributedShare: {
    label: "Not listed",
    definition:
      "Share of the traffic no listed model accounts for: models outside the top lists, which may be open or closed.",
  },
  released: {
    label: "Added",
    definition:
      "The day OpenRouter added the model to its catalogue (the catalogue's created time, UTC).",
  },
  trendPeriod: {
    label: "Period",
    definition:
      "The day, week (Monday to Sunday) or month the row counts, in UTC. When a long range is drawn with fewer points, a row sums several consecutive periods, from its first day to its last.",
  },
  trendTokens: {
    label: "Tokens",
    definition:
      "Prompt plus completion tokens in the period, as OpenRouter counts them with each provider's own tokenizer.",
  },
  trendShare: {
    label: "Share",
    definition:
      "The series' tokens divided by the period's total in the row's last column, computed from the exact counts.",
  },
  trendRangeTokens: {
    label: "Tokens in the range",
    definition:
      "Every token OpenRouter counted on the dates shown, all models together (the top 50 and everything outside them), summed exactly.",
  },
  trendLatest: {
    label: "Latest period",
    definition:
      "The tokens of the newest day, week or month in the range. A week or month not yet over counts only its days so far.",
  },
  trendTop50: {
    label: "Top 50's share",
    definition:
      "How concentrated the volume is: the newest period's top 50 models' tokens divided by all its tokens (the rest is OpenRouter's remainder row).",
  },
  trendOpenWeights: {
    label: "Open weights' share, latest",
    definition:
      "The newest period's tokens of top-50 models the catalogue lists with published weights (a Hugging Face id), divided by all its tokens. Today's catalogue is applied to every date; models outside the top 50 are not split, so this is a lower bound.",
  },
  trendTotal: {
    label: "All tokens",
    definition:
      "Every token the view counts in the period: all models (the top 50 and everything outside them), or on the categories view the sum over the 12 categories.",
  },
  harness: {
    label: "Harness",
    definition:
      "The agent app a session ran in (a coding agent, a personal assistant, …), as OpenRouter's session-cost dataset names it. Sessions are never pooled across harnesses.",
  },
  costModel: {
    label: "Model",
    definition:
      "The model the harness ran, by its dated slug (the catalogue's name when it lists it).",
  },
  cost1Turn: {
    label: "1 turn",
    definition:
      "Median USD one session of a single turn cost with this harness and model over the sample window: half of those sessions cost less, half more. A median, not a price or an average: cells are never added or averaged together.",
  },
  cost2To9Turns: {
    label: "2–9 turns",
    definition:
      "Median USD one session of 2 to 9 turns cost with this harness and model over the sample window. A median, not a sum: cells are never added or averaged together.",
  },
  cost10To49Turns: {
    label: "10–49 turns",
    definition:
      "Median USD one session of 10 to 49 turns cost with this harness and model over the sample window. A median, not a sum: cells are never added or averaged together.",
  },
  cost50PlusTurns: {
    label: "50+ turns",
    definition:
      "Median USD one session of 50 or more turns cost with this harness and model over the sample window. A median, not a sum: cells are never added or averaged together.",
  },
  appRankChange: {
    label: "Change",
    definition:
      'Places gained (▲) or lost (▼) since the window of the same length just before, in the same group; "new" when the app was not among that window\'s top 100.',
  },
  app: {
    label: "App",
    definition:
      "A public app on OpenRouter's apps marketplace, by the name it publishes (its aliases' traffic merged in), after its rank in the window: by tokens (popular) or by tokens above the three equal windows before it (trending). Hidden and private apps are not ranked.",
  },
  appTokens: {
    label: "Tokens",
    definition:
      "Prompt and completion tokens the app sent through OpenRouter in the window, exactly as published. Each model counts with its own tokenizer, so counts compare apps' volume, not text length.",
  },
  appRequests: {
    label: "Requests",
    definition: "Requests the app made through OpenRouter in the window, as published.",
  },
  appShare: {
    label: "Share",
    definition:
      "The app's tokens as a part of the tokens of every app this window ranks (the top 100 at most), not of all of OpenRouter's traffic.",
  },
  appMonths: {
    label: "By month",
    definition:
      "The app's tokens in each stored calendar month of its group, oldest first; a gap where it was not among the month's top 100.",
  },
  codingMonth: {
    label: "Month",
    definition: "A calendar month (UTC) whose top coding apps OpenRouter published.",
  },
  codingShare: {
    label: "Share",
    definition:
      "The app's tokens that month as a part of the tokens of every coding app the month ranks (the top 100 at most).",
  },
} satisfies Record<string, Term>;

export type TermKey = keyof typeof TERMS;

export function termOf(key: TermKey): Term {
  return TERMS[key];
}
