import {
  rawCatalogueModelSchema,
  toCatalogueEntry,
  type RawCatalogueModel,
} from "../../openrouter/catalogue-schema";
import type { CatalogueEntry } from "../../model";

// Plain data, free of "server-only", so the tests compute the names the sample server shows.
// An illustrative catalogue for the sample's models, written for Task Share and labelled as
// such wherever it shows: sample mode never calls upstream. One model is left out on purpose,
// so sample mode shows an unlisted model as its slug and its weights as unknown, as live data can.

type SampleModel = [slug: string, name: string, huggingFaceId: string | null, created: string];

const SAMPLE_MODELS: SampleModel[] = [
  ["anthropic/claude-opus-5.5-20260921", "Anthropic: Claude Opus 5.5", null, "2026-09-21"],
  ["anthropic/claude-sonnet-5-20260921", "Anthropic: Claude Sonnet 5", null, "2026-09-21"],
  ["openai/gpt-6-astra-20260903", "OpenAI: GPT-6 Astra", null, "2026-09-03"],
  ["openai/gpt-6-mini-20260903", "OpenAI: GPT-6 Mini", null, "2026-09-03"],
  ["qwen/qwen3.5-coder-20260820", "Qwen: Qwen3.5 Coder", "Qwen/Qwen3.5-Coder", "2026-08-20"],
  ["google/gemini-3.5-pro-20261015", "Google: Gemini 3.5 Pro", null, "2026-10-15"],
  ["google/gemini-3.5-flash-20261015", "Google: Gemini 3.5 Flash", null, "2026-11-17"],
  [
    "deepseek/deepseek-v4-20260812",
    "DeepSeek: DeepSeek V4",
    "deepseek-ai/DeepSeek-V4",
    "2026-08-12",
  ],
  ["moonshotai/kimi-k3-20261001", "MoonshotAI: Kimi K3", "moonshotai/Kimi-K3", "2026-10-01"],
  ["z-ai/glm-5-20260915", "Z.ai: GLM 5", "zai-org/GLM-5", "2026-09-15"],
  ["x-ai/grok-5-20260930", "xAI: Grok 5", "", "2026-09-30"],
  [
    "meta-llama/llama-5-maverick-20260710",
    "Meta: Llama 5 Maverick",
    "meta-llama/Llama-5-Maverick",
    "2026-07-10",
  ],
  [
    "mistralai/mistral-large-3-20260901",
    "Mistral: Mistral Large 3",
    "mistralai/Mistral-Large-3",
    "2026-09-01",
  ],
  // minimax/minimax-m3-20260905 is not listed: it shows as its slug, weights unknown.
];

function rawModel([slug, name, huggingFaceId, created]: SampleModel): RawCatalogueModel {
  return rawCatalogueModelSchema.parse({
    id: slug.replace(/-\d{8}$/, ""),
    canonical_slug: slug,
    name,
    created: Date.parse(`${created}T00:00:00Z`) / 1000,
    hugging_face_id: huggingFaceId,
  });
}

/** The sample catalogue, validated like a fetched one. */
export function loadSampleCatalogue(): CatalogueEntry[] {
  return SAMPLE_MODELS.map((model) => toCatalogueEntry(rawModel(model)));
}
