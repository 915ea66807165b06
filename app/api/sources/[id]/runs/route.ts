import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { getSource } from "@/db/queries/sources";
import { getCurrentOperator } from "@/lib/auth/session";
import { sourceRuns } from "@/lib/jobs/source-runs";

export const dynamic = "force-dynamic";

const kinds = new Set(["aggregate-accounts", "correlate", "sync-activity"]);

/** Run history for polling from the source pages; any signed-in operator may read it. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const operator = await getCurrentOperator();
  if (!operator) return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  const { id } = await params;
  const kind = req.nextUrl.searchParams.get("kind") ?? "";
  if (!kinds.has(kind)) return NextResponse.json({ error: "Unknown run kind" }, { status: 400 });
  const db = await getDb();
  if (!(await getSource(db, id))) return NextResponse.json({ error: "No such source" }, { status: 404 });
  const runs = await sourceRuns(db, kind as "aggregate-accounts", id, 25);
  return NextResponse.json({ runs }, { headers: { "Cache-Control": "no-store" } });
}
