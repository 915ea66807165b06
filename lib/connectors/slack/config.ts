import { z } from "zod";
import { apiBaseUrlField } from "../shared-config";

export const slackConfigSchema = z.object({
  apiMode: z.enum(["scim", "webapi"]).default("scim"),
  pageSize: z.coerce
    .number({ error: "Enter a number from 1 to 1000" })
    .int("Enter a whole number")
    .min(1, "Page size must be at least 1")
    .max(1000, "Page size can be at most 1000")
    .default(200),
  accountFilter: z.string().trim().max(500, "Use at most 500 characters").default(""),
  groupFilter: z.string().trim().max(500, "Use at most 500 characters").default(""),
  apiBaseUrl: apiBaseUrlField,
});

export type SlackConfig = z.output<typeof slackConfigSchema>;
export const slackDefaultConfig: SlackConfig = slackConfigSchema.parse({});
