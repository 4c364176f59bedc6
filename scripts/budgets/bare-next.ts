import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startNextServer } from "../../tests/support/next-server";
import { measureFirstLoadJs, type FirstLoadJs } from "./first-load-js";

// The floor under the first-load budget: a one-page "hello" app on the very next, react and
// react-dom this project has installed (its node_modules, linked), built with Next's defaults
// and measured exactly like the real pages. Whatever the app adds is the difference.

const ROOT = path.join(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true }),
  // Turbopack compiles nothing outside its root, and the linked node_modules resolves to this
  // project's folder: the root must hold both.
  "next.config.mjs": `export default { turbopack: { root: ${JSON.stringify(path.parse(ROOT).root)} } };\n`,
  "app/layout.js": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.js": `export default function Page() {
  return <p>hello</p>;
}
`,
};

export type BareNext = { url: string; firstLoad: FirstLoadJs; stop: () => Promise<void> };

/**
 * The bare app, built and serving: the floor this machine and framework set, measured as the
 * app's pages are (its first-load JavaScript here; Lighthouse by the caller, in turn with the
 * pages, so both see the same machine load).
 */
export async function startBareNext(): Promise<BareNext> {
  const dir = mkdtempSync(path.join(tmpdir(), "task-share-bare-next-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    await nextBuild(dir);
    const server = await startNextServer("bare-next", {}, dir);
    const stop = async () => {
      await server.stop();
      removeDir();
    };
    try {
      return { url: `${server.url}/`, firstLoad: await measureFirstLoadJs(server.url, "/"), stop };
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    removeDir();
    throw error;
  }
}

function nextBuild(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: Buffer[] = [];
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) return resolve();
      const log = Buffer.concat(output).toString("utf8").slice(-4000);
      reject(new Error(`next build of the bare app failed (exit ${code}):\n${log}`));
    });
  });
}
