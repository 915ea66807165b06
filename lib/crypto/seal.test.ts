import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOrCreateSecretFile } from "./local-secrets";
import { seal, secretHint, unseal } from "./seal";

const key = crypto.randomBytes(32).toString("base64");

describe("seal", () => {
  it("round-trips and never contains the plaintext", () => {
    const token = "xoxp-1234-5678-abcdef9f2c";
    const sealed = seal(token, key);
    expect(sealed).not.toContain("xoxp");
    expect(unseal(sealed, key)).toBe(token);
  });
  it("fails on tampering or the wrong key", () => {
    const sealed = seal("secret", key);
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other").toString("base64url");
    expect(() => unseal(parts.join("."), key)).toThrow();
    expect(() => unseal(sealed, crypto.randomBytes(32).toString("base64"))).toThrow();
  });
  it("hints show only prefix and last four", () => {
    expect(secretHint("xoxp-1234-5678-abcdef9f2c")).toBe("xoxp-…9f2c");
  });
});

describe("readOrCreateSecretFile", () => {
  it("creates the file once with mode 0600 and returns the same value later", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-secret-"));
    const a = readOrCreateSecretFile(dir, "auth-secret", () => "first");
    const b = readOrCreateSecretFile(dir, "auth-secret", () => "second");
    expect(a).toBe("first");
    expect(b).toBe("first");
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
