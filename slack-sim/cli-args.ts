import { parseArgs } from "node:util";
import { toUnixSeconds } from "./core/time";
import { MAX_USERS } from "./generator/workspace-generator";
import { MIN_USERS } from "./generator/roles";
import type { RateLimitMode } from "./http/rate-limiter";
import { PLANS, type Plan } from "./model/types";

export interface CliOptions {
  port: number;
  host: string;
  seed: string;
  plan: Plan;
  users: number;
  historyDays: number;
  clock: number | undefined;
  control: boolean;
  rateLimits: RateLimitMode;
  writeIdentities: string | undefined;
  help: boolean;
}

export const USAGE = `Usage: npm run slack-sim -- [flags]

  --port N                 listen port (default 3100; 0 = any free port)
  --host H                 listen address (default 127.0.0.1)
  --seed S                 workspace seed, number or text (default 1)
  --plan P                 free | pro | business_plus | enterprise (default business_plus)
  --users N                accounts to generate, ${MIN_USERS}–${MAX_USERS} (default 200)
  --history-days D         days of access history before the clock (default 180)
  --clock T                simulator clock, ISO 8601 or unix seconds (default: now, truncated to the hour)
  --control                enable the control API on /_control/
  --rate-limits M          off | slack (default off)
  --write-identities FILE  write the identities CSV and keep serving
  --help                   show this text`;

function integer(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: "string", default: "3100" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", default: "1" },
      plan: { type: "string", default: "business_plus" },
      users: { type: "string", default: "200" },
      "history-days": { type: "string", default: "180" },
      clock: { type: "string" },
      control: { type: "boolean", default: false },
      "rate-limits": { type: "string", default: "off" },
      "write-identities": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const plan = values.plan as Plan;
  if (!PLANS.includes(plan)) throw new Error(`--plan must be one of ${PLANS.join(", ")}`);
  const rateLimits = values["rate-limits"] as RateLimitMode;
  if (rateLimits !== "off" && rateLimits !== "slack") throw new Error("--rate-limits must be off or slack");
  return {
    port: integer("port", values.port, 0, 65535),
    host: values.host,
    seed: values.seed,
    plan,
    users: integer("users", values.users, MIN_USERS, MAX_USERS),
    historyDays: integer("history-days", values["history-days"], 1, 3650),
    clock: values.clock === undefined ? undefined : toUnixSeconds(values.clock),
    control: values.control,
    rateLimits,
    writeIdentities: values["write-identities"],
    help: values.help,
  };
}
