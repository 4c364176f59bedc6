import { ModelId } from "@/components/ui/model-id";
import { modelInfoFor } from "@/lib/data";
import { displayName } from "@/lib/derive/catalogue";

/**
 * A model as people name it: the catalogue's display name with the dated slug as secondary
 * text ("stacked", in tables and lists), or the name alone in running text ("inline", the slug
 * in its tooltip). A model the catalogue does not list shows as its slug, nothing else.
 */
export function ModelName({ id, inline = false }: { id: string; inline?: boolean }) {
  const info = modelInfoFor(id);
  if (!info) return <ModelId id={id} />;
  const name = displayName(info, id);
  if (inline) {
    return (
      <span title={id} data-model-name={name}>
        {name}
      </span>
    );
  }
  return (
    <span data-model-name={name}>
      <span className="font-sans font-medium">{name}</span>{" "}
      <span className="block text-xs font-normal text-muted-foreground">
        <ModelId id={id} />
      </span>
    </span>
  );
}
