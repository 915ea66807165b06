import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { searchIdentities } from "@/db/queries/identities";
import { getCurrentOperator } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Typeahead over identities for any signed-in operator; two characters at least. */
export async function GET(req: NextRequest) {
  const operator = await getCurrentOperator();
  if (!operator) return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  const q = (req.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 100);
  if (q.length < 2) return NextResponse.json({ results: [] });
  const rows = await searchIdentities(await getDb(), q, 10);
  return NextResponse.json({ results: rows.map((r) => ({ id: r.id, label: r.name, description: [r.email, r.department].filter(Boolean).join(" · ") })) });
}
