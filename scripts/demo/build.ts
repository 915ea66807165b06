import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "db", "next.config.ts", "package.json", "instrumentation.ts"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds the production bundle unless one newer than every source file already exists. */
export function ensureProductionBuild(root: string, env: NodeJS.ProcessEnv): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))));
  if (builtAt > changedAt) return;
  console.log("Building the app (first run, or sources changed): this takes a minute or two…");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error("next build failed");
}
