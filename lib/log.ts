import pino from "pino";
import { getEnv } from "@/lib/env";

/** Paths whose values never reach a log line, at any depth we know of. */
export const redactPaths = [
  "password",
  "*.password",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "req.headers.authorization",
  "req.headers.cookie",
];

let logger: pino.Logger | null = null;

export function getLogger(): pino.Logger {
  if (!logger) {
    logger = pino({
      level: getEnv().LOG_LEVEL,
      redact: { paths: redactPaths, censor: "[redacted]" },
      base: { app: "activity-insights" },
    });
  }
  return logger;
}

export const log = {
  info: (obj: object, msg?: string) => getLogger().info(obj, msg),
  warn: (obj: object, msg?: string) => getLogger().warn(obj, msg),
  error: (obj: object, msg?: string) => getLogger().error(obj, msg),
  debug: (obj: object, msg?: string) => getLogger().debug(obj, msg),
};
