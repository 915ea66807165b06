import type { JobRun } from "@/db/schema";

export const runStateLabels: Record<JobRun["state"], string> = {
  queued: "Queued",
  running: "Running",
  waiting: "Waiting for confirmation",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

export function runDurationSeconds(run: Pick<JobRun, "startedAt" | "finishedAt">, now = new Date()): number | null {
  if (!run.startedAt) return null;
  const end = run.finishedAt ? new Date(run.finishedAt) : now;
  return Math.max(0, Math.round((end.getTime() - new Date(run.startedAt).getTime()) / 1000));
}

export function formatSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined) return "—";
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
