/** The page-text account of what the estimated figures are and why they are lower bounds. */
export function EstimateExplainer() {
  return (
    <p className="max-w-prose text-sm text-muted-foreground" data-testid="estimate-explainer">
      <strong className="font-semibold text-foreground">How these are estimated.</strong> OpenRouter
      publishes each task&rsquo;s share of all classified traffic and, within each task, the shares
      of its top models. A model&rsquo;s contribution through a task is its share of that task times
      the task&rsquo;s share of everything; its estimated share is the sum over the tasks that list
      it, and a provider&rsquo;s is the sum over its models. Traffic a model serves where a
      task&rsquo;s top list leaves it out is not counted, so every estimate is a lower bound, shown
      as &ldquo;at least&rdquo;. These are Task Share&rsquo;s derivations, not figures OpenRouter
      publishes.
    </p>
  );
}
