// The one XML escaper of every XML writer (the Atom feeds, the SVG exports). XML 1.0 allows
// neither most C0 controls (U+0007, U+000B, U+001B …) nor U+FFFE/U+FFFF nor lone surrogates,
// even escaped, and a single one makes the whole document unparseable; upstream names may hold
// them (they are valid JSON), so each becomes U+FFFD, the replacement character.

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with every character XML forbids replaced by U+FFFD. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD");
}

/** Text safe in XML character data and in quoted attributes. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
