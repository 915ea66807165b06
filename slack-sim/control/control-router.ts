import type { z } from "zod";
import { toUnixSeconds } from "../core/time";
import { addUsers } from "../generator/add-users";
import { identitiesToCsv } from "../generator/identities";
import { userTruth } from "../model/ground-truth";
import { deactivateUser, moveGroupMember, MutationError, reactivateUser } from "../model/workspace-mutations";
import { jsonReply, type Reply } from "../http/respond";
import type { Simulator } from "../simulator";
import { addUsersBody, advanceClockBody, emptyListingBody, faultsBody, moveMemberBody } from "./control-schemas";
import { clockView, faultsView, tokensView, userSummary, workspaceView } from "./control-views";

export interface ControlRequest {
  httpMethod: string;
  /** Path after `/_control`. */
  path: string;
  query: URLSearchParams;
  body: string;
}

const notFound = (what: string) => jsonReply(404, { error: "not_found", detail: what });
const badRequest = (detail: unknown) => jsonReply(400, { error: "invalid_request", detail });

function parse<T>(schema: z.ZodType<T>, body: string): { ok: true; value: T } | { ok: false; reply: Reply } {
  let json: unknown;
  try {
    json = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return { ok: false, reply: badRequest("body must be JSON") };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, reply: badRequest(result.error.issues) };
}

function advance(sim: Simulator, body: string): Reply {
  const parsed = parse(advanceClockBody, body);
  if (!parsed.ok) return parsed.reply;
  const target = "seconds" in parsed.value ? sim.clock + parsed.value.seconds : toUnixSeconds(parsed.value.to);
  if (!Number.isFinite(target) || target < sim.clock) return badRequest("the clock only moves forward");
  sim.advanceClock(target - sim.clock);
  return jsonReply(200, clockView(sim));
}

function truth(sim: Simulator, query: URLSearchParams): Reply {
  const ws = sim.workspace(query.get("workspace") === "free" ? "free" : "primary");
  const wanted = query.get("users")?.split(",").filter(Boolean);
  const users = wanted ? wanted.map((id) => ws.user(id)) : ws.users;
  if (users.some((u) => !u)) return notFound("unknown user id in ?users=");
  return jsonReply(200, { clock: sim.clock, users: users.map((u) => userTruth(ws, u!, sim.clock)) });
}

function configureFaults(sim: Simulator, body: string): Reply {
  const parsed = parse(faultsBody, body);
  if (!parsed.ok) return parsed.reply;
  const { rateLimits, ...faults } = parsed.value;
  if (rateLimits) sim.rateLimiter.configure(rateLimits);
  sim.faults.configure(faults);
  return jsonReply(200, faultsView(sim));
}

function userAction(sim: Simulator, id: string, action: string): Reply {
  const user = sim.primary.user(id);
  if (!user) return notFound(`user ${id}`);
  if (action === "deactivate") deactivateUser(sim.primary, user, sim.clock);
  else if (action === "reactivate") reactivateUser(sim.primary, user, sim.clock);
  else return notFound(`action ${action}`);
  return jsonReply(200, userSummary(user));
}

/**
 * The control API (only with `--control`): clock, ground truth, faults, request counts and workspace
 * mutations. Mutations act on the primary workspace.
 */
export function dispatchControl(sim: Simulator, req: ControlRequest): Reply {
  const route = `${req.httpMethod} ${req.path.replace(/\/+$/, "")}`;
  const userRoute = /^POST \/users\/([^/]+)\/(deactivate|reactivate)$/.exec(route);
  if (userRoute) return userAction(sim, decodeURIComponent(userRoute[1]), userRoute[2]);
  switch (route) {
    case "GET /clock": return jsonReply(200, clockView(sim));
    case "POST /clock/advance": return advance(sim, req.body);
    case "GET /truth": return truth(sim, req.query);
    case "GET /workspace": return jsonReply(200, workspaceView(sim, sim.workspace(req.query.get("workspace") === "free" ? "free" : "primary")));
    case "GET /tokens": return jsonReply(200, tokensView(sim));
    case "GET /identities.csv": return { status: 200, headers: { "Content-Type": "text/csv; charset=utf-8" }, body: identitiesToCsv(sim.primary.identities) };
    case "GET /faults": return jsonReply(200, faultsView(sim));
    case "PUT /faults": return configureFaults(sim, req.body);
    case "DELETE /faults":
      sim.faults.reset();
      sim.rateLimiter.reset(sim.config.rateLimits);
      return jsonReply(200, faultsView(sim));
    case "GET /request-counts": return jsonReply(200, sim.requests.snapshot());
    case "DELETE /request-counts":
      sim.requests.reset();
      return jsonReply(200, {});
    case "POST /users": {
      const parsed = parse(addUsersBody, req.body);
      if (!parsed.ok) return parsed.reply;
      return jsonReply(200, { users: addUsers(sim.primary, parsed.value, sim.clock).map(userSummary) });
    }
    case "POST /groups/move": {
      const parsed = parse(moveMemberBody, req.body);
      if (!parsed.ok) return parsed.reply;
      try {
        moveGroupMember(sim.primary, parsed.value.userId, parsed.value.from ?? null, parsed.value.to ?? null, sim.clock);
      } catch (error) {
        if (error instanceof MutationError) return jsonReply(error.code === "not_a_member" ? 409 : 404, { error: error.code, detail: error.message });
        throw error;
      }
      return jsonReply(200, { groups: sim.primary.groups.map((g) => ({ id: g.id, members: g.members })) });
    }
    case "PUT /empty-listing": {
      const parsed = parse(emptyListingBody, req.body);
      if (!parsed.ok) return parsed.reply;
      sim.primary.emptyListing = parsed.value.enabled;
      return jsonReply(200, { enabled: sim.primary.emptyListing });
    }
    default: return notFound(route);
  }
}
