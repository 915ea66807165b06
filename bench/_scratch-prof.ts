import { generateWorkspace } from "../slack-sim/generator/workspace-generator";
const t0 = performance.now();
generateWorkspace({ seed: 42, plan: "business_plus", users: 100000, historyDays: 180, clock: 1767225600 });
console.log("gen ms", (performance.now() - t0).toFixed(0));
