"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { decidePendingRemovalsAction } from "@/app/(dashboard)/sources/[id]/aggregation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function PendingRemovalsDecision({ sourceId, runId, count, message, sample, canManage }: { sourceId: string; runId: string; count: number; message: string | null; sample: string[]; canManage: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <Alert variant="warning" title={`${count.toLocaleString("en-US")} accounts would be removed`}>
      <div className="grid gap-2">
        {message ? <p>{message}</p> : null}
        <p>
          Nothing has been removed. Accounts that would be removed include: {sample.join(", ")}
          {count > sample.length ? ` and ${count - sample.length} more` : ""}.
        </p>
        {error ? <p role="alert">{error}</p> : null}
        {canManage ? (
          <div className="flex gap-2">
            <ConfirmDialog
              triggerLabel="Confirm removals"
              title={`Remove ${count} accounts?`}
              description="They are marked removed and lose their entitlements; their history is kept. Do this only if Slack really lost these users."
              confirmLabel="Remove accounts"
              onConfirm={async () => {
                const r = await decidePendingRemovalsAction({ sourceId, runId, decision: "confirm" });
                if (!r.ok) return { error: r.error };
                router.refresh();
              }}
            />
            <Button
              variant="outline"
              disabled={pending}
              onClick={() =>
                start(async () => {
                  const r = await decidePendingRemovalsAction({ sourceId, runId, decision: "discard" });
                  setError(r.ok ? null : r.error);
                  router.refresh();
                })
              }
            >
              Discard (keep all accounts)
            </Button>
          </div>
        ) : null}
      </div>
    </Alert>
  );
}
