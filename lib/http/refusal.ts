// The one shape of a refused request, wherever it is refused (server.ts before Next, proxy.ts,
// an API route): `{ "error": { "code": 405, "message": "…" } }` under /api/, the message as plain
// text on pages. No imports: server.ts bundles this without the app.

export function errorBody(status: number, message: string) {
  return { error: { code: status, message } };
}

/** The body and type of a refusal on `pathname`. */
export function refusal(pathname: string, status: number, message: string) {
  return pathname.startsWith("/api/")
    ? {
        contentType: "application/json; charset=utf-8",
        body: JSON.stringify(errorBody(status, message)),
      }
    : { contentType: "text/plain; charset=utf-8", body: `${message}\n` };
}
