/**
 * `npm run bench`: prints performance figures. BENCH_DATABASE_URL (a throwaway PostgreSQL
 * database: its public schema is dropped) adds the PostgreSQL runs.
 */
import { benchIdentities } from "./identities";

const postgresUrl = process.env.BENCH_DATABASE_URL || undefined;
console.log(`# Activity Insights benchmarks (${new Date().toISOString()}, node ${process.version})`);
await benchIdentities({ postgresUrl });
