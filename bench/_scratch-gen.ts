import { generateWorkspace } from "../slack-sim/generator/workspace-generator";
import { DayEventGenerator } from "../slack-sim/generator/day-events";
import { Prng } from "../slack-sim/core/prng";
import { EventBuffer } from "../slack-sim/model/event-store";
const clock = 1767225600;
const ws = generateWorkspace({ seed: 42, plan: "business_plus", users: 100000, historyDays: 180, clock: clock - 0 * 86400 });
const gen = new DayEventGenerator();
const buf = new EventBuffer();
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now();
  let total = 0;
  for (const u of ws.users) { buf.clear(); gen.generate(u, 20454 - 181, 20454 + 1, -1, buf); total += buf.length; }
  console.log("generate ms", (performance.now() - t0).toFixed(0), total);
}
