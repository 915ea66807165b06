import { z } from "zod";
import { apiBaseUrlField } from "../shared-config";

export const activityInsightsConfigSchema = z.object({
  // Accepts null as well as a string: stored configs hold the parsed output (null when unlinked) and
  // are parsed again before a test.
  linkedSourceId: z
    .string()
    .trim()
    .nullable()
    .transform((v) => v || null)
    .pipe(z.uuid("Choose a Slack source").nullable())
    .default(null),
  schedule: z.enum(["daily", "hourly"]).default("daily"),
  apiBaseUrl: apiBaseUrlField,
});

export type ActivityInsightsConfig = z.output<typeof activityInsightsConfigSchema>;
export const activityInsightsDefaultConfig: ActivityInsightsConfig = activityInsightsConfigSchema.parse({});
