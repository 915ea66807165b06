import { writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { TOKENS, TOKEN_TABLE, type TokenName, type TokenSpec, type TokenStrings } from "./auth/token-table";
import { currentHour, toUnixSeconds } from "./core/time";
import { identitiesToCsv } from "./generator/identities";
import type { RateLimitMode } from "./http/rate-limiter";
import { createSimulatorServer } from "./http/server";
import type { Plan } from "./model/types";
import type { Workspace } from "./model/workspace";
import { Simulator } from "./simulator";

export { TOKENS, TOKEN_TABLE, Simulator, identitiesToCsv };
export type { TokenName, TokenSpec, TokenStrings, Workspace, Plan, RateLimitMode };
export type { UserTruth } from "./model/ground-truth";
export { userTruth } from "./model/ground-truth";
export type { IdentityRecord, SimUser, SimGroup, Role, ProfileKind } from "./model/types";
export { SimControlClient } from "./control-client";

export interface StartSimulatorOptions {
  /** Default 0 (an ephemeral port; read it from `url`). The CLI defaults to 3100. */
  port?: number;
  host?: string;
  seed?: number | string;
  plan?: Plan;
  users?: number;
  historyDays?: number;
  /** Default: now, truncated to the hour. */
  clock?: Date | number | string;
  control?: boolean;
  rateLimits?: RateLimitMode;
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:3100 */
  url: string;
  /** url + "/api/", ready for WebClient's `slackApiUrl`. */
  apiUrl: string;
  /** url + "/scim/v2/" */
  scimUrl: string;
  /** url + "/_control/" (only answers when started with control: true). */
  controlUrl: string;
  workspace: Workspace;
  simulator: Simulator;
  tokens: TokenStrings;
  close(): Promise<void>;
}

export const DEFAULTS = { host: "127.0.0.1", seed: 1, plan: "business_plus" as Plan, users: 200, historyDays: 180 };

export function createSimulator(opts: StartSimulatorOptions = {}): Simulator {
  return new Simulator({
    seed: opts.seed ?? DEFAULTS.seed,
    plan: opts.plan ?? DEFAULTS.plan,
    users: opts.users ?? DEFAULTS.users,
    historyDays: opts.historyDays ?? DEFAULTS.historyDays,
    clock: opts.clock === undefined ? currentHour() : toUnixSeconds(opts.clock),
    control: opts.control ?? false,
    rateLimits: opts.rateLimits ?? "off",
  });
}

/** Generates a workspace and serves it over HTTP (Web API, SCIM v2, and the control API when enabled). */
export async function startSimulator(opts: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const simulator = createSimulator(opts);
  const server = createSimulatorServer(simulator);
  const host = opts.host ?? DEFAULTS.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url, apiUrl: `${url}/api/`, scimUrl: `${url}/scim/v2/`, controlUrl: `${url}/_control/`,
    workspace: simulator.primary, simulator, tokens: TOKENS,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Writes the identities CSV (name,email,employee_id,department,title,manager_email,lifecycle_state). */
export async function writeIdentitiesCsv(workspace: Workspace, path: string): Promise<void> {
  await writeFile(path, identitiesToCsv(workspace.identities), "utf8");
}
