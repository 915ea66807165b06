import { NextResponse } from "next/server";
import { getDbHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { checkHealth } from "@/lib/health";
import { getBoss } from "@/lib/jobs/runtime";

export const dynamic = "force-dynamic";

/** Public on purpose (load balancers call it); it reveals only up/down and the database mode. */
export async function GET() {
  const report = await checkHealth(getDbHandle, (h) => getBoss(h, { workers: getEnv().runWorkers }));
  return NextResponse.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
