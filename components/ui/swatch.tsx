import { cx } from "./cx";

/**
 * A series' colour beside its name, in legends, badges and tables; hidden from screen readers,
 * since the name says it. `outlined` keeps pale colours (providers' "other models") visible.
 */
export function Swatch({
  colour,
  outlined = false,
  large = false,
}: {
  colour: string | undefined;
  outlined?: boolean;
  large?: boolean;
}) {
  return (
    <span
      aria-hidden
      className={cx(
        large ? "size-3" : "size-2.5",
        "shrink-0 rounded-sm",
        outlined && "border border-foreground/15",
      )}
      style={{ backgroundColor: colour }}
    />
  );
}
