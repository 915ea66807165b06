/** Slack's `{ ok: false, error }` envelope (always sent with HTTP 200). */
export interface ErrorResult {
  ok: false;
  error: string;
  needed?: string;
  provided?: string;
  response_metadata?: { messages?: string[] };
}

export function fail(error: string): ErrorResult {
  return { ok: false, error };
}

/** Slack reports a missing required argument as invalid_arguments with an explanatory message. */
export function missingArgument(name: string): ErrorResult {
  return { ok: false, error: "invalid_arguments", response_metadata: { messages: [`[ERROR] missing required field: ${name}`] } };
}

export function invalidArgument(name: string, why: string): ErrorResult {
  return { ok: false, error: "invalid_arguments", response_metadata: { messages: [`[ERROR] ${why} [json-pointer:/${name}]`] } };
}
