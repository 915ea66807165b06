import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Reads a secret from `dataDir/name`, creating it (mode 0600) on first use. Used in embedded
 * mode so a fresh install needs no configuration; the file is created exclusively so two
 * processes starting together cannot write different secrets.
 */
export function readOrCreateSecretFile(dataDir: string, name: string, make: () => string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  try {
    const fd = fs.openSync(file, "wx", 0o600);
    fs.writeSync(fd, make());
    fs.closeSync(fd);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}

export const makeAuthSecret = () => crypto.randomBytes(32).toString("base64url");
export const makeEncryptionKey = () => crypto.randomBytes(32).toString("base64");
