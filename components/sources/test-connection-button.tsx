"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { testConnectionAction } from "@/app/(dashboard)/sources/[id]/review-and-test/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export function TestConnectionButton({ id }: { id: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <div className="flex items-center gap-3">
        <Button
          onClick={() =>
            start(async () => {
              const r = await testConnectionAction({ id });
              setError(r.ok ? null : r.error);
              router.refresh();
            })
          }
          disabled={pending}
        >
          {pending ? "Testing…" : "Test Connection"}
        </Button>
        {pending ? <Spinner label="Running connection checks" /> : null}
      </div>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
    </div>
  );
}
