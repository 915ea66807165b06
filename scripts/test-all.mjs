// `npm test`: typecheck, lint, unit + integration (vitest), then end-to-end (Playwright against a
// production build). Ends with one line `N passed, N failed` that counts every check and test.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status === 0;
}

function count(label, ok) {
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? "✓" : "✗"} ${label}`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

fs.mkdirSync("test-results", { recursive: true });

count("typecheck", run("typecheck", "npx", ["tsc", "--noEmit"]));
count("lint", run("lint", "npx", ["eslint", "--max-warnings=0", "."]));

const vitestOut = "test-results/vitest.json";
fs.rmSync(vitestOut, { force: true });
const vitestOk = run("unit + integration", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestOut}`]);
const v = readJson(vitestOut);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  summary.push(`vitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed`);
  if (!vitestOk && v.numFailedTests === 0) {
    failed++;
    summary.push("✗ vitest exited with an error outside the tests");
  }
} else count("vitest (no report)", false);

const built = run("production build", "npx", ["next", "build"]);
count("next build", built);
/** One Playwright run against a fresh server; E2E_DATABASE_URL switches it to PostgreSQL. */
function endToEnd(label, extraEnv) {
  const e2eOut = "test-results/e2e.json";
  fs.rmSync(e2eOut, { force: true });
  const e2eOk = run(label, "npx", ["playwright", "test"], extraEnv);
  const e = readJson(e2eOut);
  if (!e?.stats) return count(`${label} (no report)`, false);
  const ok = e.stats.expected ?? 0;
  const bad = (e.stats.unexpected ?? 0) + (e.stats.flaky ?? 0);
  // Tests skipped because a dependency failed are failures too: they did not prove anything.
  const skipped = e.stats.skipped ?? 0;
  passed += ok;
  failed += bad + skipped;
  summary.push(`${label}: ${ok} passed, ${bad} failed, ${skipped} did not run`);
  if (!e2eOk && bad + skipped === 0) {
    failed++;
    summary.push(`✗ ${label} exited with an error outside the tests`);
  }
}

if (built) {
  endToEnd("playwright", { E2E_DATABASE_URL: "" });
  // The same specs against PostgreSQL with a separate worker process, when CI provides a database.
  if (process.env.E2E_DATABASE_URL) endToEnd("playwright on PostgreSQL", {});
}

console.log(`\n${summary.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
