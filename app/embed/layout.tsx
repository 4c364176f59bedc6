import type { Metadata } from "next";

// Embeds live inside other sites' pages: they are not pages of their own for search engines.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
