import type { Metadata } from "next";

/**
 * The title and description a link preview shows. A page's `openGraph` and `twitter` replace
 * the layout's whole objects, so the card type is repeated here; the image comes from the
 * route's opengraph-image file (Twitter falls back to it).
 */
export function previewMetadata(title: string, description: string): Metadata {
  return {
    openGraph: { title, description, siteName: "Task Share", type: "website" },
    twitter: { card: "summary_large_image", title, description },
  };
}
