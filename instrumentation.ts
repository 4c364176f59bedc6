// Runs once when the server starts: open the snapshot store (PGlite takes seconds to boot) and
// load the held snapshot, so the first visitor does not pay for either.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmUp } = await import("./lib/data/service");
  await warmUp();
}
