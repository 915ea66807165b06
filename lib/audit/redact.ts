const SECRET_KEY = /(pass(word)?|token|secret|authorization|cookie|api[-_]?key|private[-_]?key)/i;
const TOKEN_VALUE = /\bxox[abposr]-[A-Za-z0-9-]+/g;

/**
 * Audit details are built from user input, so scrub them defensively: drop secret-looking keys
 * and mask anything shaped like a Slack token wherever it appears.
 */
export function redactDetails(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[truncated]";
  if (typeof value === "string") return value.replace(TOKEN_VALUE, "[redacted]");
  if (Array.isArray(value)) return value.map((v) => redactDetails(v, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEY.test(k) ? "[redacted]" : redactDetails(v, depth + 1);
    }
    return out;
  }
  return value;
}
