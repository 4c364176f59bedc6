/** A model id that may wrap after its vendor ("anthropic/" + "claude-…") on narrow screens. */
export function ModelId({ id }: { id: string }) {
  const slash = id.indexOf("/");
  if (slash < 0) return <>{id}</>;
  return (
    <>
      {id.slice(0, slash + 1)}
      <wbr />
      {id.slice(slash + 1)}
    </>
  );
}
