import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import type { Operator } from "@/db/schema";
import { log } from "@/lib/log";
import { clientIp } from "./request";
import { hasRole, type Role } from "./roles";
import { getCurrentOperator } from "./session";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

export interface ActionContext {
  operator: Operator;
  db: Db;
  ip: string | null;
}

/** A handler throws this for an error a person should read, e.g. a duplicate name. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

function fromFormData(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    out[key] = value;
  }
  return out;
}

/**
 * Every server action goes through here: it is a public endpoint, so it authenticates, checks the
 * role, validates input with zod, and turns any failure into a message without a stack trace.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
  opts: { role: Role },
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    const operator = await getCurrentOperator();
    if (!operator) return { ok: false, error: "Your session has ended. Sign in again." };
    if (operator.mustChangePassword) return { ok: false, error: "Choose a new password before continuing." };
    if (!hasRole(operator.role, opts.role)) return { ok: false, error: "You do not have permission to do this." };
    const parsed = schema.safeParse(fromFormData(input));
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_form";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, error: "Check the highlighted fields.", fieldErrors };
    }
    try {
      const db = await getDb();
      const data = await handler(parsed.data, { operator, db, ip: await clientIp() });
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ActionError) return { ok: false, error: err.message, fieldErrors: err.fieldErrors };
      // Redirects and notFound() are control flow in Next.js, not failures.
      if (err && typeof err === "object" && "digest" in err && String((err as { digest: unknown }).digest).startsWith("NEXT_")) throw err;
      log.error({ err: err instanceof Error ? err.message : String(err) }, "server action failed");
      return { ok: false, error: "Something went wrong and the action did not complete. Try again; if it keeps failing, check the server log." };
    }
  };
}
