/**
 * `npm run bench`: prints performance figures. BENCH_DATABASE_URL (a throwaway PostgreSQL
 * database: its public schema is dropped) adds the PostgreSQL runs.
 *
 * `npm run bench -- activity-sync` runs only the named parts (see PARTS; `activity` is all three
 * activity parts); `--sizes 10000,50000` sets the activity sizes.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { getEnv } from "../lib/env";
import { benchActivity } from "./activity";
import { benchAggregation } from "./aggregation";
import { benchIdentities } from "./identities";

const PARTS = ["identities", "aggregation", "activity", "activity-accuracy", "activity-queries", "activity-sync", "slack-sim"] as const;
const { values, positionals } = parseArgs({ allowPositionals: true, options: { sizes: { type: "string" } } });
const unknown = positionals.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) {
  console.error(`unknown part(s): ${unknown.join(", ")}; choose from ${PARTS.join(", ")}`);
  process.exit(2);
}
const sizes = values.sizes?.split(",").map((x) => Number(x.trim()));
if (sizes?.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("--sizes takes positive whole numbers separated by commas, e.g. --sizes 10000,50000");
  process.exit(2);
}
const wanted = (part: (typeof PARTS)[number]) => positionals.length === 0 || positionals.includes(part);

const postgresUrl = getEnv().BENCH_DATABASE_URL || undefined;
console.log(`# Activity Insights benchmarks (${new Date().toISOString()}, node ${process.version})`);
if (wanted("identities")) await benchIdentities({ postgresUrl });
if (wanted("aggregation")) await benchAggregation({ postgresUrl });
const activityParts = {
  accuracy: wanted("activity") || wanted("activity-accuracy"),
  queries: wanted("activity") || wanted("activity-queries"),
  sync: wanted("activity") || wanted("activity-sync"),
};
if (activityParts.accuracy || activityParts.queries || activityParts.sync) await benchActivity({ postgresUrl, sizes, parts: activityParts });

// The simulator's own figures (generation time and memory at 100k users, page latencies) run in a
// separate process so its memory use is measured alone.
if (wanted("slack-sim")) spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/slack-sim.bench.ts"], { stdio: "inherit" });
