import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { dispatchControl } from "../control/control-router";
import { dispatchScim, scimRequestKey } from "../scim/scim-router";
import { SCIM } from "../scim/scim-schemas";
import type { Simulator } from "../simulator";
import { dispatchWebApi, grantedScopes } from "../web-api/dispatch";
import { bearerToken, parseBody, readBody } from "./read-request";
import { jsonReply, writeReply, type Reply } from "./respond";

const WEB_API_PREFIX = "/api/";
const SCIM_PREFIX = "/scim/v2";
const CONTROL_PREFIX = "/_control";

function webApiReply(sim: Simulator, req: IncomingMessage, url: URL, method: string, body: string): Reply {
  const parsed = parseBody(req.headers["content-type"], body);
  if (!parsed.ok) return jsonReply(200, { ok: false, error: parsed.error }, { "X-OAuth-Scopes": grantedScopes(sim, bearerToken(req)) });
  const params = { ...Object.fromEntries(url.searchParams), ...parsed.params };
  return dispatchWebApi(sim, { method, token: bearerToken(req) ?? params.token, params });
}

function injectedFailure(sim: Simulator, req: IncomingMessage, url: URL, status: number, scim: boolean): Reply {
  if (scim) return jsonReply(status, { schemas: [SCIM.error], detail: "internal_error", status });
  const token = bearerToken(req) ?? url.searchParams.get("token") ?? undefined;
  return jsonReply(status, { ok: false, error: status === 503 ? "service_unavailable" : "internal_error" }, { "X-OAuth-Scopes": grantedScopes(sim, token) });
}

async function handle(sim: Simulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://slack-sim.local");
  const path = url.pathname;
  const httpMethod = (req.method ?? "GET").toUpperCase();
  const body = await readBody(req);

  if (path === CONTROL_PREFIX || path.startsWith(CONTROL_PREFIX + "/")) {
    if (!sim.config.control) return writeReply(res, jsonReply(404, { error: "control_disabled", detail: "start the simulator with --control" }));
    return writeReply(res, dispatchControl(sim, { httpMethod, path: path.slice(CONTROL_PREFIX.length), query: url.searchParams, body }));
  }

  let key: string;
  let scim = false;
  let answer: () => Reply;
  if (path.startsWith(WEB_API_PREFIX)) {
    const method = path.slice(WEB_API_PREFIX.length);
    key = method;
    answer = () => webApiReply(sim, req, url, method, body);
  } else if (path === SCIM_PREFIX || path.startsWith(SCIM_PREFIX + "/")) {
    const scimPath = path.slice(SCIM_PREFIX.length);
    scim = true;
    key = scimRequestKey(httpMethod, scimPath);
    answer = () => dispatchScim(sim, { httpMethod, path: scimPath, query: url.searchParams, body, token: bearerToken(req) });
  } else {
    return writeReply(res, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "Not Found\n" });
  }

  sim.requests.increment(key);
  const latency = sim.faults.latencyMs();
  if (latency > 0) await sleep(latency);
  const failStatus = sim.faults.takeServerError();
  if (failStatus !== null) return writeReply(res, injectedFailure(sim, req, url, failStatus, scim));
  const drop = sim.faults.takeDrop();
  if (drop === "headers") {
    res.socket?.destroy();
    return;
  }
  writeReply(res, answer(), drop === "body");
}

/** The simulator's HTTP front door: Web API on /api/, SCIM v2 on /scim/v2/, control API on /_control/. */
export function createSimulatorServer(sim: Simulator): Server {
  return createServer((req, res) => {
    handle(sim, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const detail = error instanceof Error ? error.message : String(error);
      writeReply(res, jsonReply(500, { ok: false, error: "fatal_error", detail }));
    });
  });
}
