"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startRunAction } from "@/app/(dashboard)/sources/[id]/runs-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function StartRunButton({ sourceId, kind, label }: { sourceId: string; kind: "aggregate-accounts" | "sync-activity" | "correlate"; label: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "success" | "destructive"; text: string } | null>(null);
  return (
    <div className="grid gap-2">
      <div>
        <Button
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await startRunAction({ sourceId, kind });
              // Refresh Run history first, so "Run queued." never sits above the previous run.
              if (r.ok) await queryClient.invalidateQueries({ queryKey: ["runs", sourceId, kind] });
              setMessage(r.ok ? { kind: "success", text: "Run queued. Progress appears below." } : { kind: "destructive", text: r.error });
              router.refresh();
            })
          }
        >
          {pending ? "Starting…" : label}
        </Button>
      </div>
      {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
    </div>
  );
}
