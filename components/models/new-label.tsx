/** Marks a model OpenRouter added in the seven days up to the day shown. */
export function NewLabel() {
  return (
    <span
      className="inline-block rounded-full bg-accent/15 px-2 py-px text-xs font-semibold whitespace-nowrap text-accent"
      data-new-model
      title="Added to OpenRouter in the seven days up to the day shown"
    >
      New this week
    </span>
  );
}
