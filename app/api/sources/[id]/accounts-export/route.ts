import { type NextRequest } from "next/server";
import { getDb } from "@/db";
import { exportAccounts } from "@/db/queries/accounts";
import { getSource } from "@/db/queries/sources";
import { accountListParams, roleLabels } from "@/lib/accounts/list-params";
import { getCurrentOperator } from "@/lib/auth/session";
import { toCsv } from "@/lib/csv/to-csv";

export const dynamic = "force-dynamic";

/** CSV of the accounts matching the same filters as the Accounts page; readable by any operator. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getCurrentOperator())) return new Response("Sign in first", { status: 401 });
  const { id } = await params;
  const db = await getDb();
  const source = await getSource(db, id);
  if (!source) return new Response("No such source", { status: 404 });
  const p = accountListParams.parse(Object.fromEntries(req.nextUrl.searchParams));
  const headers = ["slack_user_id", "user_name", "display_name", "real_name", "email", "title", "role", "type", "status", "identity_name", "identity_email", "correlation", "first_seen", "last_seen"];
  const rows: Array<Array<string | null>> = [];
  for await (const batch of exportAccounts(db, { sourceId: id, q: p.q, status: p.status, type: p.type, role: p.role, correlated: p.correlated, entitlementId: p.group })) {
    for (const a of batch) {
      rows.push([
        a.nativeId,
        a.userName,
        a.displayName,
        a.realName,
        a.email,
        a.title,
        roleLabels[a.role] ?? a.role,
        a.accountType,
        a.removedAt ? "removed" : a.isActive ? "active" : "deactivated",
        a.identityName,
        a.identityEmail,
        a.correlation,
        a.firstSeenAt.toISOString(),
        a.lastSeenAt.toISOString(),
      ]);
    }
  }
  const safeName = source.name.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || "source";
  return new Response(toCsv(headers, rows, { bom: true }), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${safeName}-accounts.csv"`, "Cache-Control": "no-store" },
  });
}
