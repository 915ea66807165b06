import crypto from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { DbHandle } from "../../db/client";
import { governanceGroupMembers, governanceGroups, identities, operators } from "../../db/schema";
import { recordAudit } from "../../lib/audit/record";
import { hashPassword } from "../../lib/auth/password";
import { applyIdentityImportFile } from "../../lib/identities/import-service";

export interface DemoCredentials {
  email: string;
  password: string;
}

/**
 * Seeds a demo database through the same code paths the UI uses (the CSV import, the audit log),
 * so the demo shows the product as it really behaves.
 */
export async function seedDemo(handle: DbHandle, identitiesCsv: string): Promise<DemoCredentials & { identities: number }> {
  const db = handle.db;
  const email = "admin@demo.example";
  const password = crypto.randomBytes(9).toString("base64url");
  const [admin] = await db.insert(operators).values({ email, name: "Demo Admin", role: "admin", passwordHash: await hashPassword(password) }).returning();
  const actor = { id: admin.id, email };

  const result = await applyIdentityImportFile(db, { bytes: new TextEncoder().encode(identitiesCsv), fileName: "demo-identities.csv", contentType: "text/csv" });
  if (!result.applied) {
    const first = result.preview.fileError ?? JSON.stringify(result.preview.invalidRows.slice(0, 3));
    throw new Error(`The demo identities file did not validate: ${first}`);
  }
  await recordAudit(db, { actor, action: "identity.import_applied", target: { type: "identity_import", label: "demo-identities.csv" }, details: { rows: result.rows, ...result.counts } });

  const groups = [
    { name: "IT Operations", description: "Runs collaboration tools and their sources.", departments: ["IT", "Engineering"] },
    { name: "Access Reviewers", description: "Reviews who has access to Slack and other sources.", departments: ["Legal", "Finance"] },
  ];
  for (const g of groups) {
    const [group] = await db.insert(governanceGroups).values({ name: g.name, description: g.description }).returning();
    const members = await db
      .select({ id: identities.id })
      .from(identities)
      .where(inArray(identities.department, g.departments))
      .orderBy(identities.name)
      .limit(6);
    if (members.length) await db.insert(governanceGroupMembers).values(members.map((m) => ({ groupId: group.id, identityId: m.id })));
    await recordAudit(db, { actor, action: "governance_group.created", target: { type: "governance_group", id: group.id, label: g.name }, details: { members: members.length } });
  }
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(identities);
  await db.update(operators).set({ updatedAt: new Date() }).where(eq(operators.id, admin.id));
  return { email, password, identities: Number(n) };
}
