/**
 * Runs once per server process. In embedded mode the job workers live here, beside the web
 * server; with PostgreSQL they run in `npm run worker` unless RUN_WORKERS=true.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerRuntime } = await import("./lib/server-runtime");
  await startServerRuntime();
}
