// What each task label covers, written from what its name and macro-category say: OpenRouter
// publishes the labels, not definitions, so these are Task Share's plain-language reading of
// them. A label not listed here gets a fallback that says so rather than a guess.

const TASK_DESCRIPTIONS: Record<string, string> = {
  "agent:workflow_execution":
    "An agent carrying out a multi-step workflow: running a sequence of steps, often with tools, towards a goal set in advance.",
  "agent:multi_step_planning":
    "An agent working out a plan: breaking a goal into steps and deciding their order before (or while) acting.",
  "agent:tool_dispatch":
    "An agent choosing and calling a tool: picking which function, API or command to use next and filling in its arguments.",
  "agent:web_search":
    "An agent searching the web: writing queries, reading the results and pulling out what answers the task.",
  "agent:memory_extraction":
    "An agent deciding what to remember: pulling facts, preferences or state out of a conversation to store for later turns.",
  "code:general_impl":
    "Writing new code: implementing a function, feature or program from a description.",
  "code:debugging":
    "Finding and fixing bugs: reading errors, stack traces or failing tests and changing code until it works.",
  "code:file_read_write":
    "Reading and writing files in a code base: opening, editing and saving source or configuration files, typically inside a coding agent.",
  "code:frontend_ui":
    "Building user interfaces: HTML, CSS, components and client-side code for web or app front ends.",
  "code:review_security":
    "Reviewing code for problems, security ones especially: vulnerabilities, unsafe patterns and risky changes.",
  "code:shell_execution":
    "Running shell commands: composing and reading command-line invocations, scripts and their output.",
  "code:repo_scan":
    "Surveying a repository: reading across many files to understand its structure before changing it.",
  "code:sql_database":
    "Working with databases: writing and fixing SQL queries, schemas and migrations.",
  "code:devops_config":
    "Infrastructure and deployment configuration as code: CI pipelines, containers, cloud and build settings.",
  "data:extraction":
    "Pulling structured data out of unstructured text or documents: fields, entities, tables.",
  "data:transformation":
    "Converting data from one shape or format to another: cleaning, reformatting, mapping between schemas.",
  classification_tagging:
    "Sorting text into categories or attaching labels: topic, sentiment, intent, moderation and the like.",
  content_writing:
    "Writing prose for people to read: articles, posts, marketing copy, emails and other drafts.",
  qa_knowledge:
    "Answering factual questions from the model's own knowledge: explanations and look-ups.",
  conversational_reply: "Open-ended chat: replying in a conversation without a more specific task.",
  roleplay_fiction:
    "Storytelling and character play: fiction, interactive stories and role-play conversations.",
  customer_support:
    "Answering customers on a business's behalf: support questions, troubleshooting and account help.",
  summarization: "Condensing longer text (documents, threads, transcripts) into a shorter summary.",
  research_report:
    "Producing a researched report: gathering and synthesising sources into a longer structured write-up.",
  finance_trading:
    "Finance and trading: market analysis, financial questions, and reasoning about trades or portfolios.",
  translation: "Translating text from one language into another.",
  math: "Solving mathematical problems: calculation, proofs and quantitative reasoning.",
  security_audit:
    "Security assessment outside a code review: auditing systems, configurations or threats.",
  devops:
    "Operations questions outside code files: deploying, monitoring and running systems and infrastructure.",
  image_prompting:
    "Writing prompts for image-generation models: describing the picture to be made.",
  "media:image_generation":
    "Requests that generate images, as opposed to writing prompts for another image model.",
};

export type TaskDescription = {
  text: string;
  /** False for a label with no description yet: the text then says so. */
  curated: boolean;
};

/** What a task label covers, or a fallback that names the label and says none is written yet. */
export function describeTask(tag: string, displayName: string): TaskDescription {
  const text = Object.hasOwn(TASK_DESCRIPTIONS, tag) ? TASK_DESCRIPTIONS[tag] : undefined;
  if (text) return { text, curated: true };
  return {
    text: `OpenRouter's classifier label for “${displayName}” (${tag}); no description yet.`,
    curated: false,
  };
}

/** Every task label with a written description. */
export const DESCRIBED_TASKS: readonly string[] = Object.keys(TASK_DESCRIPTIONS);
