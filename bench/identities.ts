/**
 * Identity list at 50,000 identities: imports a generated HR file through the real CSV path, then
 * times the queries behind the Identities page's first page (default sort, a search, a deep page).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite, openPostgres, runMigrations, type DbHandle } from "../db/client";
import { listIdentities } from "../db/queries/identities";
import { applyIdentityImportFile } from "../lib/identities/import-service";
import { median, report, timeIt } from "./report";

function hrFile(n: number): string {
  const depts = ["Engineering", "Sales", "Marketing", "Finance", "IT", "Security", "Legal", "People"];
  const rows = ["name,email,employee_id,department,title,manager_email,lifecycle_state"];
  for (let i = 0; i < n; i++) {
    const manager = i >= 100 ? `person${i % 100}@bench.test` : "";
    rows.push(`Person ${i},person${i}@bench.test,E${i},${depts[i % depts.length]},Title ${i % 37},${manager},active`);
  }
  return rows.join("\n");
}

async function benchOn(label: string, handle: DbHandle, n: number) {
  const bytes = new TextEncoder().encode(hrFile(n));
  const importMs = await timeIt(async () => {
    const r = await applyIdentityImportFile(handle.db, { bytes, fileName: "bench.csv", contentType: "text/csv" });
    if (!r.applied) throw new Error("bench file did not validate");
  });
  const first: number[] = [];
  const search: number[] = [];
  const deep: number[] = [];
  for (let i = 0; i < 7; i++) {
    first.push(await timeIt(() => listIdentities(handle.db, { q: "", sort: "name", dir: "asc", page: 1, pageSize: 50 })));
    search.push(await timeIt(() => listIdentities(handle.db, { q: "person4999", sort: "name", dir: "asc", page: 1, pageSize: 50 })));
    deep.push(await timeIt(() => listIdentities(handle.db, { q: "", sort: "department", dir: "desc", page: 500, pageSize: 50 })));
  }
  report(`identities ${label} (${n.toLocaleString("en-US")})`, [
    ["import whole file (validate + upsert)", `${(importMs / 1000).toFixed(1)} s`],
    ["first page, default sort (median of 7)", `${median(first).toFixed(1)} ms`, median(first) < 300 ? "goal <300 ms: met" : "goal <300 ms: MISSED"],
    ["search 'person4999' (median)", `${median(search).toFixed(1)} ms`],
    ["page 500 sorted by department (median)", `${median(deep).toFixed(1)} ms`],
  ]);
}

export async function benchIdentities(opts: { postgresUrl?: string; n?: number } = {}) {
  const n = opts.n ?? 50_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-bench-"));
  const embedded = await openPglite(dir);
  await runMigrations(embedded);
  await benchOn("embedded PGlite", embedded, n);
  await embedded.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (opts.postgresUrl) {
    const pg = await openPostgres(opts.postgresUrl);
    await pg.sql.exec("drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade;");
    await runMigrations(pg);
    await benchOn("PostgreSQL", pg, n);
    await pg.close();
  }
}
