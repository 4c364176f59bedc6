import { cx } from "./cx";

/**
 * The one look of a link in running text, a table or a card: accent, underlined on hover. One
 * class (.text-link, app/globals.css) rather than five utilities, as a long table repeats it on
 * every row and the page sends it twice (HTML and RSC payload).
 */
export const TEXT_LINK = "text-link";

/** A link inside a sentence: underlined too, since it must not rest on colour alone. */
export const IN_TEXT_LINK = `${TEXT_LINK} underline`;

/**
 * A link to another view of the app in that look; extra classes size or truncate it. A plain
 * anchor, so it can sit in static markup (ServerMarkup); it still moves within the app
 * (components/site/soft-links.tsx).
 */
export function TextLink({ className, ...props }: React.ComponentProps<"a">) {
  return <a className={cx(TEXT_LINK, className)} {...props} />;
}
