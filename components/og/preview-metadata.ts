import type { Metadata } from "next";

import { OG_SIZE } from "@/components/og/og-frame";

export type PreviewImage = {
  /** Path of the route that draws it, with ?as_of= when the view is pinned. */
  path: string;
  alt: string;
};

/**
 * The title, description and picture a link preview shows. A page's `openGraph` and `twitter`
 * replace the layout's whole objects, so the card type is repeated here. The image is named
 * explicitly (not an opengraph-image file) because only a route handler sees ?as_of=: a pinned
 * view must preview its own date's numbers.
 */
export function previewMetadata(title: string, description: string, image: PreviewImage): Metadata {
  const images = previewImages(image);
  return {
    openGraph: { title, description, siteName: "Task Share", type: "website", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

/** The Open Graph and Twitter image entries for a preview route. */
export function previewImages(image: PreviewImage) {
  return [{ url: image.path, alt: image.alt, type: "image/png", ...OG_SIZE }];
}
