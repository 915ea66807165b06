"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { authedAction } from "@/lib/auth/authed-action";
import { dormancyThresholdsSchema, getDormancyThresholds, saveDormancyThresholds } from "@/lib/settings/dormancy";

export const saveDormancyThresholdsAction = authedAction(
  dormancyThresholdsSchema,
  async (input, { db, operator, ip }) => {
    const before = await getDormancyThresholds(db);
    await saveDormancyThresholds(db, input);
    await recordAudit(db, { actor: operator, action: "settings.dormancy_thresholds_changed", target: { type: "settings", label: "Dormancy thresholds" }, details: { from: before, to: input }, ip });
    revalidatePath("/settings");
    revalidatePath("/");
    return input;
  },
  { role: "admin" },
);
