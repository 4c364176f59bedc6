import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { DESCRIBED_TASKS, describeTask } from "@/lib/glossary/tasks";

const ROOT = path.resolve(__dirname, "..", "..");

/** Every task key (with its name) in the recorded upstream answers and the bundled sample. */
function knownTasks(): Map<string, string> {
  const files = [
    ...["tests/fixtures", "tests/fixtures/history"].flatMap((dir) =>
      readdirSync(path.join(ROOT, dir))
        // Recorded task answers only (catalogue.json is the model catalogue).
        .filter((name) => /^upstream-.*\.json$/.test(name) && !/hostile|edge/.test(name))
        .map((name) => path.join(ROOT, dir, name)),
    ),
    path.join(ROOT, "lib/data/sample/sample-response.json"),
  ];
  const tasks = new Map<string, string>();
  for (const file of files) {
    const body: { data: { classifications: { tag: string; display_name: string }[] } } = JSON.parse(
      readFileSync(file, "utf8"),
    );
    for (const item of body.data.classifications) tasks.set(item.tag, item.display_name);
  }
  return tasks;
}

describe("task descriptions", () => {
  it("describes every task the fixtures and the sample use", () => {
    const tasks = knownTasks();
    expect(tasks.size).toBeGreaterThanOrEqual(30);
    for (const [tag, name] of tasks) {
      const description = describeTask(tag, name);
      expect(description.curated, tag).toBe(true);
      expect(description.text, tag).not.toContain("no description yet");
      expect(description.text.length, tag).toBeGreaterThan(20);
    }
  });

  it("tells the two agent tasks people confuse apart", () => {
    expect(describeTask("agent:tool_dispatch", "Tool Dispatch").text).toBe(
      "An agent choosing and calling a tool: picking which function, API or command to use next and filling in its arguments.",
    );
    expect(describeTask("agent:workflow_execution", "Workflow Execution").text).toBe(
      "An agent carrying out a multi-step workflow: running a sequence of steps, often with tools, towards a goal set in advance.",
    );
  });

  it("says plainly when a label has no description yet", () => {
    expect(describeTask("agent:new_thing", "New Thing")).toEqual({
      text: "OpenRouter's classifier label for “New Thing” (agent:new_thing); no description yet.",
      curated: false,
    });
    // Inherited object keys are not descriptions.
    expect(describeTask("constructor", "Constructor").curated).toBe(false);
    expect(describeTask("__proto__", "Proto").curated).toBe(false);
  });

  it("covers every tag the upstream documentation lists", () => {
    for (const tag of [
      "agent:workflow_execution",
      "agent:multi_step_planning",
      "agent:tool_dispatch",
      "agent:web_search",
      "agent:memory_extraction",
      "code:general_impl",
      "code:debugging",
      "code:file_read_write",
      "code:frontend_ui",
      "code:review_security",
      "code:shell_execution",
      "code:repo_scan",
      "code:sql_database",
      "code:devops_config",
      "data:extraction",
      "data:transformation",
      "classification_tagging",
      "content_writing",
      "qa_knowledge",
      "conversational_reply",
      "roleplay_fiction",
      "customer_support",
      "summarization",
      "research_report",
      "finance_trading",
      "translation",
      "math",
      "security_audit",
      "devops",
      "image_prompting",
    ]) {
      expect(DESCRIBED_TASKS).toContain(tag);
    }
  });
});
