// The provider requires this exact line wherever its data is republished.

export const RANKINGS_URL = "https://openrouter.ai/rankings";

export function citationFor(asOf: string): string {
  return `Source: OpenRouter (openrouter.ai/rankings), as of ${asOf}.`;
}
