import { generateWorkspace } from "../slack-sim/generator/workspace-generator";
const c0 = process.cpuUsage(); const t0 = performance.now();
const ws = generateWorkspace({ seed: 42, plan: "business_plus", users: 100000, historyDays: 180, clock: 1767225600 });
const c1 = process.cpuUsage(c0);
console.log("wall ms", (performance.now() - t0).toFixed(0), "cpu user ms", (c1.user / 1000).toFixed(0), "sys", (c1.system/1000).toFixed(0), ws.events.totalEvents(), "rss", (process.memoryUsage().rss/1e6).toFixed(0));
