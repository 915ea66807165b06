import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { settings } from "@/db/schema";

const days = (label: string) => z.coerce.number({ error: `${label}: enter a number of days` }).int(`${label}: whole days only`).min(1, `${label}: at least 1 day`).max(365, `${label}: at most 365 days`);

/** Days without activity after which an account counts as dormant, per account type. Bots are never flagged. */
export const dormancyThresholdsSchema = z.object({
  member: days("Members").default(30),
  guest: days("Guests").default(30),
  privileged: days("Admins and owners").default(14),
});

export type DormancyThresholds = z.output<typeof dormancyThresholdsSchema>;
export const defaultDormancyThresholds: DormancyThresholds = dormancyThresholdsSchema.parse({});

const KEY = "dormancy-thresholds";

export async function getDormancyThresholds(db: Db): Promise<DormancyThresholds> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  const parsed = dormancyThresholdsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultDormancyThresholds;
}

export async function saveDormancyThresholds(db: Db, value: DormancyThresholds): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
