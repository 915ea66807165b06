import { TOKEN_TABLE } from "./auth/token-table";
import { parseCliArgs, USAGE } from "./cli-args";
import { isoTime } from "./core/time";
import { startSimulator, writeIdentitiesCsv, type RunningSimulator } from "./index";

function tokenTable(running: RunningSimulator): string {
  const owners = running.simulator.tokenOwners();
  const rows = TOKEN_TABLE.map((t) => [t.name, t.token, owners[t.name], t.scopes.join(",") || "-", t.status === "active" ? "" : t.status]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join("  ").trimEnd()).join("\n");
}

async function main(): Promise<void> {
  const opts = parseCliArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const running = await startSimulator({
    port: opts.port, host: opts.host, seed: opts.seed, plan: opts.plan, users: opts.users, historyDays: opts.historyDays,
    clock: opts.clock, control: opts.control, rateLimits: opts.rateLimits,
  });
  const sim = running.simulator;
  const ws = running.workspace;
  if (opts.writeIdentities) {
    await writeIdentitiesCsv(ws, opts.writeIdentities);
    console.log(`Wrote ${ws.identities.length} identities to ${opts.writeIdentities}`);
  }
  console.log(
    `Slack simulator: ${ws.team.name} (${ws.team.id}, plan ${ws.team.plan}), ${ws.users.length} users, ` +
      `${ws.events.totalEvents()} access events, generated in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(`Clock ${isoTime(sim.clock)} (${sim.clock}); seed ${opts.seed}; rate limits ${opts.rateLimits}`);
  console.log(`Web API  ${running.apiUrl}`);
  console.log(`SCIM v2  ${running.scimUrl}`);
  console.log(opts.control ? `Control  ${running.controlUrl}` : "Control  disabled (start with --control)");
  console.log(`\nTokens:\n${tokenTable(running)}\n`);

  const stop = () => {
    running.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
