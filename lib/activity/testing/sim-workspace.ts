import type { DbHandle } from "@/db/client";
import { openTestDb, type TestDriver } from "@/db/testing";
import { SimControlClient, startSimulator, TOKENS, type RunningSimulator } from "@/slack-sim";
import { setupActivityFixture, type ActivityFixture } from "./sim-fixture";

type WorkspaceUser = Awaited<ReturnType<SimControlClient["workspace"]>>["users"][number];

export interface SimWorkspace {
  h: DbHandle;
  sim: RunningSimulator;
  control: SimControlClient;
  users: WorkspaceUser[];
  fx: ActivityFixture;
  close(): Promise<void>;
}

/**
 * What the activity integration tests start from: a fresh database on `driver`, a simulated workspace
 * (seeded, clock fixed, control API on) and both sources with one correlated account per person.
 */
export async function openSimWorkspace(driver: TestDriver, opts: { seed: number; users: number; historyDays: number; clock: number }): Promise<SimWorkspace> {
  const h = await openTestDb(driver);
  const sim = await startSimulator({ ...opts, control: true });
  const control = new SimControlClient(sim.url);
  const users = (await control.workspace()).users;
  const fx = await setupActivityFixture(h.db, { apiUrl: sim.apiUrl, token: TOKENS.admin, users });
  return {
    h, sim, control, users, fx,
    async close() {
      await sim.close();
      await h.close();
    },
  };
}
