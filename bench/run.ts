/**
 * `npm run bench`: prints performance figures. BENCH_DATABASE_URL (a throwaway PostgreSQL
 * database: its public schema is dropped) adds the PostgreSQL runs.
 */
import { spawnSync } from "node:child_process";
import { getEnv } from "../lib/env";
import { benchActivity } from "./activity";
import { benchAggregation } from "./aggregation";
import { benchIdentities } from "./identities";

const postgresUrl = getEnv().BENCH_DATABASE_URL || undefined;
console.log(`# Activity Insights benchmarks (${new Date().toISOString()}, node ${process.version})`);
await benchIdentities({ postgresUrl });
await benchAggregation({ postgresUrl });
await benchActivity({ postgresUrl });

// The simulator's own figures (generation time and memory at 100k users, page latencies) run in a
// separate process so its memory use is measured alone.
spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/slack-sim.bench.ts"], { stdio: "inherit" });
