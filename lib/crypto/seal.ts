import crypto from "node:crypto";

/**
 * AES-256-GCM with a random 96-bit IV. The stored form is `v1.<iv>.<tag>.<ciphertext>` in
 * base64url, so a future key rotation can add `v2` without guessing.
 */
export function seal(plaintext: string, keyB64: string): string {
  const key = decodeKey(keyB64);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", iv.toString("base64url"), tag.toString("base64url"), ct.toString("base64url")].join(".");
}

export function unseal(sealed: string, keyB64: string): string {
  const [version, ivB64, tagB64, ctB64] = sealed.split(".");
  if (version !== "v1" || !ivB64 || !tagB64 || ctB64 === undefined) throw new Error("Unrecognised sealed value");
  const decipher = crypto.createDecipheriv("aes-256-gcm", decodeKey(keyB64), Buffer.from(ivB64, "base64url"));
  decipher.setAuthTag(Buffer.from(tagB64, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ctB64, "base64url")), decipher.final()]).toString("utf8");
}

function decodeKey(keyB64: string): Buffer {
  const key = Buffer.from(keyB64, "base64");
  if (key.length !== 32) throw new Error("Encryption key must be 32 bytes");
  return key;
}

/** What the UI may show of a secret: its prefix and last four characters. */
export function secretHint(secret: string): string {
  const prefix = secret.match(/^[a-z]{3,4}-/)?.[0] ?? "";
  return `${prefix}…${secret.slice(-4)}`;
}
