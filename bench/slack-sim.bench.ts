/**
 * Slack simulator performance figures (run: `npx tsx bench/slack-sim.bench.ts [users] [historyDays]`).
 * Goals: a 100,000-user, 180-day workspace generates in < 15 s and < 1.5 GB RSS; a users.list page of
 * 200 and a team.accessLogs page of 1000 are served in < 50 ms; a 20-user workspace starts in milliseconds.
 * Prints figures; it does not fail.
 */
import { TOKENS, startSimulator, type RunningSimulator } from "../slack-sim/index";

const USERS = Number(process.argv[2] ?? 100_000);
const HISTORY_DAYS = Number(process.argv[3] ?? 180);
const CLOCK = Date.UTC(2026, 0, 15, 12) / 1000;

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const rows: Array<[string, string, string]> = [];
const record = (what: string, value: string, goal = "") => {
  rows.push([what, value, goal]);
  console.log(`${what.padEnd(46)} ${value.padStart(12)}  ${goal}`);
};

async function timed(sim: RunningSimulator, method: string, params: Record<string, string>, token: string): Promise<{ ms: number; body: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(sim.apiUrl + method, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
  const body = (await res.json()) as Record<string, unknown>;
  return { ms: performance.now() - started, body };
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function main(): Promise<void> {
  console.log(`Slack simulator bench: ${USERS} users, ${HISTORY_DAYS} history days, node ${process.version}\n`);

  let started = performance.now();
  const small = await startSimulator({ users: 20, clock: CLOCK });
  record("start 20-user workspace (both workspaces + listen)", `${(performance.now() - started).toFixed(0)} ms`, "goal: milliseconds");
  await small.close();

  const cpuBefore = process.cpuUsage();
  started = performance.now();
  const sim = await startSimulator({ users: USERS, historyDays: HISTORY_DAYS, clock: CLOCK });
  const genMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  record(`generate ${USERS}-user workspace`, `${(genMs / 1000).toFixed(2)} s`, "goal: < 15 s");
  record("  of which CPU (user+system, all threads)", `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  record("  raw access events", `${sim.workspace.events.totalEvents()}`);
  record("RSS after generation", mb(process.memoryUsage().rss), "goal: < 1.5 GB");

  // Warm the HTTP path once so the first access-log figure is about the roll-ups, not fetch's start-up.
  await timed(sim, "auth.test", {}, TOKENS.admin);
  // Roll-ups are folded in during generation; the first call still sorts them by date_last.
  const first = await timed(sim, "team.accessLogs", { count: "1000" }, TOKENS.admin);
  record("team.accessLogs first page (sorts roll-ups)", `${first.ms.toFixed(0)} ms`);
  const paging = first.body.paging as { total: number; pages: number };
  record("  access-log entries", `${paging.total}`);

  const classic: number[] = [];
  for (let page = 1; page <= Math.min(100, paging.pages); page += 7) {
    classic.push((await timed(sim, "team.accessLogs", { count: "1000", page: String(page) }, TOKENS.admin)).ms);
  }
  record("team.accessLogs count=1000 page=N", stats(classic), "goal: < 50 ms");

  const cursorMs: number[] = [];
  let cursor = "";
  for (let i = 0; i < 15; i++) {
    const r = await timed(sim, "team.accessLogs", { limit: "1000", ...(cursor ? { cursor } : {}) }, TOKENS.admin);
    cursorMs.push(r.ms);
    cursor = (r.body.response_metadata as { next_cursor: string }).next_cursor;
  }
  record("team.accessLogs limit=1000 (cursor)", stats(cursorMs), "goal: < 50 ms");

  const usersMs: number[] = [];
  cursor = "";
  for (let i = 0; i < 25; i++) {
    const r = await timed(sim, "users.list", { limit: "200", ...(cursor ? { cursor } : {}) }, TOKENS.adminFull);
    usersMs.push(r.ms);
    cursor = (r.body.response_metadata as { next_cursor: string }).next_cursor;
  }
  record("users.list limit=200", stats(usersMs), "goal: < 50 ms");

  const scimMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    const res = await fetch(`${sim.scimUrl}Users?startIndex=${1 + i * 1000}&count=1000`, { headers: { Authorization: `Bearer ${TOKENS.admin}` } });
    await res.json();
    scimMs.push(performance.now() - t);
  }
  record("SCIM GET /Users count=1000", stats(scimMs));

  started = performance.now();
  sim.simulator.advanceClock(86_400);
  const advanceMs = performance.now() - started;
  const afterAdvance = await timed(sim, "team.accessLogs", { count: "1000" }, TOKENS.admin);
  record("advance clock 1 day + next access-log page", `${(advanceMs + afterAdvance.ms).toFixed(0)} ms`);
  record("RSS at end", mb(process.memoryUsage().rss));
  await sim.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
