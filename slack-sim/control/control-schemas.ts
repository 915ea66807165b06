import { z } from "zod";
import { RATE_TIERS, type RateTier } from "../http/rate-limiter";

const tierLimit = z.object({ perMinute: z.number().positive(), burst: z.number().int().positive().optional() });

export const advanceClockBody = z.union([
  z.object({ seconds: z.number().int().nonnegative() }),
  z.object({ to: z.union([z.number(), z.string()]) }),
]);

export const faultsBody = z.object({
  rateLimits: z
    .object({
      mode: z.enum(["off", "slack"]).optional(),
      tiers: z.partialRecord(z.enum(RATE_TIERS as [RateTier, ...RateTier[]]), tierLimit).optional(),
    })
    .optional(),
  serverErrors: z.object({ count: z.number().int().nonnegative(), status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional() }).optional(),
  latencyMs: z.number().int().nonnegative().max(60_000).optional(),
  dropConnections: z.object({ count: z.number().int().nonnegative(), phase: z.enum(["body", "headers"]).optional() }).optional(),
});

export const addUsersBody = z.object({
  count: z.number().int().min(1).max(10_000),
  role: z.enum(["member", "admin", "multi_channel_guest", "single_channel_guest"]).optional(),
  profile: z
    .enum(["daily", "weekdays", "weekly", "fading", "returning", "dormant_30", "dormant_60", "dormant_90", "never", "traveller"])
    .optional(),
});

export const moveMemberBody = z.object({
  userId: z.string(),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
});

export const emptyListingBody = z.object({ enabled: z.boolean() });

export type FaultsBody = z.infer<typeof faultsBody>;
export type AddUsersBody = z.infer<typeof addUsersBody>;
