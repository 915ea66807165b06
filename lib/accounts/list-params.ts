import { z } from "zod";
import { accountSortColumns, accountStatuses, accountTypes } from "@/db/queries/accounts";

export const accountRoles = ["primary_owner", "owner", "admin", "member", "multi_channel_guest", "single_channel_guest", "bot"] as const;

export const roleLabels: Record<string, string> = {
  primary_owner: "Primary owner",
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  multi_channel_guest: "Multi-channel guest",
  single_channel_guest: "Single-channel guest",
  bot: "Bot",
};

/** Account list filters from the query string; anything malformed falls back to "all". */
export const accountListParams = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(accountStatuses).catch("all"),
  type: z.enum(accountTypes).catch("all"),
  role: z.enum(accountRoles).optional().catch(undefined),
  correlated: z.enum(["yes", "no", "all"]).catch("all"),
  group: z.uuid().optional().catch(undefined),
  sort: z.enum(accountSortColumns).catch("displayName"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});

export type AccountListParams = z.output<typeof accountListParams>;
