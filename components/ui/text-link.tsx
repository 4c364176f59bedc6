import Link from "next/link";

import { cx } from "./cx";

/** The one look of a link in running text, a table or a card: accent, underlined on hover. */
export const TEXT_LINK =
  "rounded text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent";

/** A link inside a sentence: underlined too, since it must not rest on colour alone. */
export const IN_TEXT_LINK = `${TEXT_LINK} underline`;

/** A link to another view of the app in that look; extra classes size or truncate it. */
export function TextLink({ className, ...props }: React.ComponentProps<typeof Link>) {
  return <Link className={cx(TEXT_LINK, className)} {...props} />;
}
