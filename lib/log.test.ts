import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { redactPaths } from "./log";

describe("log redaction", () => {
  it("never writes passwords, tokens or authorization headers", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const logger = pino({ redact: { paths: redactPaths, censor: "[redacted]" } }, sink);
    logger.info({ password: "hunter2", token: "xoxp-secret", req: { headers: { authorization: "Bearer xoxp-secret" } }, nested: { accessToken: "xoxp-secret" } }, "hello");
    const out = lines.join("");
    expect(out).toContain("hello");
    expect(out).not.toContain("hunter2");
    expect(out).not.toContain("xoxp-secret");
  });
});
