import { z } from "zod";
import path from "node:path";

/**
 * The only module that reads process.env. Everything else receives configuration from here,
 * so the whole surface of the app's configuration is visible in one schema (and in the README).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "ENCRYPTION_KEY must be 32 bytes, base64-encoded")
    .optional(),
  RUN_WORKERS: z.enum(["true", "false"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TEST_DATABASE_URL: z.string().optional(),
  BENCH_DATABASE_URL: z.string().optional(),
  SLACK_SIM_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof envSchema> & {
  dataDir: string;
  dbMode: "embedded" | "postgres";
  runWorkers: boolean;
};

let cached: Env | null = null;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dbMode = e.DATABASE_URL ? "postgres" : "embedded";
  cached = {
    ...e,
    dataDir: path.resolve(e.DATA_DIR),
    dbMode,
    // Embedded mode runs workers in the web process; with PostgreSQL they run in `npm run worker`.
    runWorkers: e.RUN_WORKERS ? e.RUN_WORKERS === "true" : dbMode === "embedded",
  };
  return cached;
}

/** Tests change the environment between files; this forgets the parsed copy. */
export function resetEnvForTests(): void {
  cached = null;
}
