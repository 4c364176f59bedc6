import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";

import { CopyOnClick } from "@/components/export/copy-on-click";
import { OVERVIEW_PREVIEW_ALT } from "@/components/og/overview-preview";
import { ReadySignal } from "@/components/site/ready-signal";
import { SoftLinks } from "@/components/site/soft-links";
import { getSiteUrl } from "@/lib/http/site-url";
import { previewImages } from "@/components/og/preview-metadata";
import { getRequestTheme } from "@/lib/theme/request-theme";
import "./globals.css";

// Self-hosted from the npm package: no font request leaves the server. "optional", not "swap":
// the font is preloaded and used when it comes with the page; otherwise the metric-matched
// fallback stays for that view, so text never re-renders after it has painted (a swap moved
// the page by a measurable fraction: CLS must be 0, and screenshots must not move).
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "optional",
});

const OVERVIEW_IMAGES = previewImages({ path: "/preview", alt: OVERVIEW_PREVIEW_ALT });

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await getSiteUrl(),
    title: { default: "Task Share", template: "%s · Task Share" },
    description:
      "How OpenRouter's traffic splits across task classifications, and which models lead each task.",
    // Pages without a preview of their own show the overview's (the latest numbers).
    openGraph: { siteName: "Task Share", type: "website", images: OVERVIEW_IMAGES },
    twitter: { card: "summary_large_image", images: OVERVIEW_IMAGES },
    // Feed readers find what changed from any page.
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
  };
}

// The browser's own chrome matches the page: the chosen theme, or the system's.
const THEME_COLOURS = { light: "#f7f8fa", dark: "#0e1117" } as const;

export async function generateViewport(): Promise<Viewport> {
  const theme = await getRequestTheme();
  if (theme) return { themeColor: THEME_COLOURS[theme], colorScheme: theme };
  return {
    themeColor: [
      { media: "(prefers-color-scheme: light)", color: THEME_COLOURS.light },
      { media: "(prefers-color-scheme: dark)", color: THEME_COLOURS.dark },
    ],
    colorScheme: "light dark",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = await getRequestTheme();
  return (
    <html lang="en" className={inter.variable} data-theme={theme}>
      <body className="min-h-screen font-sans antialiased">
        {children}
        <ReadySignal />
        <CopyOnClick />
        <SoftLinks />
      </body>
    </html>
  );
}
