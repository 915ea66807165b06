"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { JobRun } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { formatSeconds, runDurationSeconds, runStateLabels } from "@/lib/jobs/run-format";

type Result = { ok: true } | { ok: false; error: string };

const variant: Record<JobRun["state"], "secondary" | "warning" | "success" | "destructive" | "default"> = {
  queued: "secondary",
  running: "default",
  waiting: "warning",
  succeeded: "success",
  failed: "destructive",
  cancelled: "secondary",
};

function LiveProgress({ run }: { run: JobRun }) {
  const p = run.progress as Record<string, number | string | undefined>;
  const parts = [
    p.phase ? String(p.phase) : null,
    p.pagesDone !== undefined ? `${p.pagesDone} pages` : null,
    p.items !== undefined ? `${Number(p.items).toLocaleString("en-US")} items${p.totalItems ? ` of ${Number(p.totalItems).toLocaleString("en-US")}` : ""}` : null,
    p.requests !== undefined ? `${p.requests} requests` : null,
    p.etaSeconds !== undefined ? `about ${formatSeconds(Number(p.etaSeconds))} left` : null,
  ].filter(Boolean);
  return (
    <div className="grid gap-0.5 text-xs" role="status" aria-live="polite">
      {p.waitingForRateLimit ? <span className="font-medium text-warning">waiting for Slack rate limit ({p.waitingForRateLimit} s)</span> : null}
      {p.message && !p.waitingForRateLimit ? <span>{String(p.message)}</span> : null}
      <span className="text-muted-foreground">{parts.join(" · ") || "Starting…"}</span>
    </div>
  );
}

/** What the run could not know (e.g. roles Slack did not tell); kept on the run's progress. */
function RunNotes({ run }: { run: JobRun }) {
  const notes = (run.progress as { notes?: unknown }).notes;
  if (!Array.isArray(notes) || notes.length === 0) return null;
  return (
    <ul className="mt-1 grid gap-0.5 text-xs text-warning" aria-label="Run notes" data-testid="run-notes">
      {notes.map((n) => (
        <li key={String(n)}>{String(n)}</li>
      ))}
    </ul>
  );
}

/**
 * Run history that polls while a run is queued or running, so progress moves without a reload.
 * Counts come from the run record; which ones to show is the caller's choice.
 */
export function RunHistory({
  sourceId,
  kind,
  initialRuns,
  countColumns,
  canManage,
  cancelAction,
}: {
  sourceId: string;
  kind: string;
  initialRuns: JobRun[];
  countColumns: Array<{ key: string; label: string }>;
  canManage: boolean;
  cancelAction: (input: { runId: string; sourceId: string }) => Promise<Result>;
}) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const { data } = useQuery({
    queryKey: ["runs", sourceId, kind],
    queryFn: async () => {
      const res = await fetch(`/api/sources/${sourceId}/runs?kind=${kind}`);
      if (!res.ok) throw new Error(`Could not load runs (${res.status})`);
      return ((await res.json()) as { runs: JobRun[] }).runs;
    },
    initialData: initialRuns,
    refetchInterval: (q) => ((q.state.data ?? []).some((r) => r.state === "queued" || r.state === "running") ? 1500 : 10_000),
  });
  const runs = data ?? [];
  if (runs.length === 0) return <p className="text-sm text-muted-foreground">No runs yet.</p>;
  return (
    <div className="grid gap-2">
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Started</TableHead>
            <TableHead>Trigger</TableHead>
            <TableHead>Outcome</TableHead>
            <TableHead className="text-right">Duration</TableHead>
            {countColumns.map((c) => (
              <TableHead key={c.key} className="text-right">
                {c.label}
              </TableHead>
            ))}
            <TableHead>Details</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {runs.map((r) => {
            const active = r.state === "queued" || r.state === "running";
            return (
              <TableRow key={r.id} data-testid="run-row" data-run-id={r.id}>
                <TableCell className="whitespace-nowrap">{formatDateTime(r.startedAt ?? r.queuedAt)}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {r.trigger}
                  {r.triggeredBy ? <span className="block text-xs text-muted-foreground">{r.triggeredBy}</span> : null}
                </TableCell>
                <TableCell>
                  <Badge variant={variant[r.state]}>{runStateLabels[r.state]}</Badge>
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatSeconds(runDurationSeconds(r))}</TableCell>
                {countColumns.map((c) => (
                  <TableCell key={c.key} className="text-right tabular-nums">
                    {r.counts[c.key] ?? "—"}
                  </TableCell>
                ))}
                <TableCell className="max-w-sm">
                  {active ? <LiveProgress run={r} /> : r.error ? <span className="text-xs">{r.error}</span> : null}
                  {r.state !== "failed" && r.state !== "cancelled" ? <RunNotes run={r} /> : null}
                  {active && canManage ? (
                    <Button
                      variant="outline"
                      size="sm"
                      className="mt-1"
                      disabled={pending}
                      onClick={() =>
                        start(async () => {
                          const res = await cancelAction({ runId: r.id, sourceId });
                          setError(res.ok ? null : res.error);
                          await queryClient.invalidateQueries({ queryKey: ["runs", sourceId, kind] });
                        })
                      }
                    >
                      Cancel run
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
