import type { SourceStatus } from "@/db/schema";

export const connectorNames: Record<string, string> = {
  slack: "Slack",
  "activity-insights-slack": "Activity Insights - Slack",
};

export const statusLabels: Record<SourceStatus, string> = {
  unconfigured: "Not configured",
  configured: "Not tested",
  healthy: "Healthy",
  failing: "Failing",
};

export const statusVariants: Record<SourceStatus, "secondary" | "warning" | "success" | "destructive"> = {
  unconfigured: "secondary",
  configured: "warning",
  healthy: "success",
  failing: "destructive",
};
