// Settings that list addresses (EMBED_ALLOWED_ORIGINS, WEBHOOK_URL) read them one way: entries
// separated by commas or spaces, http(s) URLs kept, every other entry named in a warning and
// dropped, so a typo shows in the log instead of quietly doing nothing. No imports: server.ts
// bundles this without the app.

/**
 * The http(s) URLs in a setting's value that `accept` also takes; `noun` names what an entry
 * should have been ("URL", "origin") in the warning.
 */
export function httpUrlsIn(
  value: string | undefined,
  setting: string,
  {
    noun = "URL",
    accept = () => true,
    warn = console.warn,
  }: { noun?: string; accept?: (url: URL) => boolean; warn?: (message: string) => void } = {},
): URL[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : undefined;
      const http = url?.protocol === "http:" || url?.protocol === "https:";
      if (url && http && accept(url)) return [url];
      warn(`[task-share] ${setting}: ignoring "${entry}", not an http(s) ${noun}`);
      return [];
    });
}
