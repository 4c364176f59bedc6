/** Explains the two bars of a pair; colour itself means macro-category. */
export function PairedBarLegend() {
  return (
    <ul
      className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground"
      aria-label="Bar legend"
    >
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="h-2.5 w-5 rounded-sm bg-foreground/80" />
        Usage share (requests)
      </li>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden
          className="h-2.5 w-5 rounded-sm border border-foreground/80 bg-foreground/25"
        />
        Token share
      </li>
      <li>Colour = macro-category</li>
    </ul>
  );
}
