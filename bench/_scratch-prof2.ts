import { generateWorkspace } from "../slack-sim/generator/workspace-generator";
for (const days of [Number(process.env.DAYS ?? 1)]) {
  const t0 = performance.now();
  const ws = generateWorkspace({ seed: 42, plan: "business_plus", users: 100000, historyDays: days, clock: 1767225600 });
  console.log(days, "gen ms", (performance.now() - t0).toFixed(0), ws.events.totalEvents());
}
