import { z } from "zod";

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

/** Slack's Web API base; GovSlack and the local simulator use others. Always ends with "/". */
export const apiBaseUrlField = z
  .string()
  .trim()
  .transform((v) => v || DEFAULT_SLACK_API_URL)
  .pipe(
    z
      .url({ error: "Enter a full URL such as https://slack.com/api/" })
      .refine((u) => /^https?:\/\//.test(u), "The URL must start with https:// (or http:// for a local simulator)"),
  )
  .transform((u) => (u.endsWith("/") ? u : `${u}/`))
  .default(DEFAULT_SLACK_API_URL);
