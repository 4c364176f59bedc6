// Set by proxy.ts on every request it lets through, read by app/not-found.tsx: Next gives that
// page no access to the URL, and it needs the query to name the stored dates nearest an
// unknown ?as_of=.
export const REQUESTED_URL_HEADER = "x-task-share-requested-url";
