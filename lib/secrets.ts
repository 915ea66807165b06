import { getEnv } from "@/lib/env";
import { makeAuthSecret, makeEncryptionKey, readOrCreateSecretFile } from "@/lib/crypto/local-secrets";

/** AUTH_SECRET from the environment, or generated into DATA_DIR on first start. */
export function authSecret(): string {
  const env = getEnv();
  return env.AUTH_SECRET ?? readOrCreateSecretFile(env.dataDir, "auth-secret", makeAuthSecret);
}

/** ENCRYPTION_KEY from the environment, or generated into DATA_DIR on first start. */
export function encryptionKey(): string {
  const env = getEnv();
  return env.ENCRYPTION_KEY ?? readOrCreateSecretFile(env.dataDir, "encryption-key", makeEncryptionKey);
}
