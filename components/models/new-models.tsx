import { ModelLink } from "@/components/ui/model-link";
import { isNewOn, modelInfo, type ModelCatalogue } from "@/lib/derive/catalogue";
import type { ModelUsage } from "@/lib/derive/model-usage";

/** The listed models OpenRouter added in the seven days up to the day shown, if any. */
export function NewModels({
  models,
  asOf,
  catalogue,
}: {
  models: ModelUsage[];
  asOf: string;
  catalogue: ModelCatalogue;
}) {
  const fresh = models.filter((model) => isNewOn(modelInfo(catalogue, model.id), asOf));
  if (fresh.length === 0) return null;
  return (
    <p className="max-w-prose" data-testid="new-models">
      New this week (added to OpenRouter in the seven days to {asOf}):{" "}
      {fresh.map((model, index) => (
        <span key={model.id}>
          {index > 0 && ", "}
          <ModelLink id={model.id} inline />
        </span>
      ))}
      .
    </p>
  );
}
