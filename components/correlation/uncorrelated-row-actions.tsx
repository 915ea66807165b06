"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { correlateAccountAction, uncorrelateAccountAction } from "@/app/(dashboard)/sources/[id]/correlation/actions";
import { searchIdentityOptions } from "@/components/identities/search-identities";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { Dialog } from "@/components/ui/dialog";

export function CorrelateDialogButton({ sourceId, accountId, label, initial }: { sourceId: string; accountId: string; label: string; initial?: ComboboxOption | null }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<ComboboxOption | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)} aria-label={`Correlate ${label}`}>
        Correlate
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Correlate ${label}`}
        description="Link this account to the person it belongs to. A manual link survives re-aggregation."
        footer={
          <>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              disabled={!value || pending}
              onClick={() =>
                start(async () => {
                  const r = await correlateAccountAction({ sourceId, accountId, identityId: value!.id });
                  if (!r.ok) return setError(r.error);
                  setOpen(false);
                  router.refresh();
                })
              }
            >
              {pending ? "Saving…" : "Correlate"}
            </Button>
          </>
        }
      >
        <div className="grid gap-2">
          <Combobox id={`correlate-${accountId}`} label="Identity" placeholder="Type two letters of a name or email" value={value} onChange={setValue} search={searchIdentityOptions} />
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
        </div>
      </Dialog>
    </>
  );
}

export function UncorrelateButton({ sourceId, accountId, label, mode }: { sourceId: string; accountId: string; label: string; mode: "no-identity" | "automatic" }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-grid gap-1">
      <Button
        variant="ghost"
        size="sm"
        disabled={pending}
        aria-label={`${mode === "automatic" ? "Return to automatic correlation" : "Uncorrelate"} ${label}`}
        onClick={() =>
          start(async () => {
            const r = await uncorrelateAccountAction({ sourceId, accountId, mode });
            setError(r.ok ? null : r.error);
            router.refresh();
          })
        }
      >
        {mode === "automatic" ? "Back to automatic" : "Uncorrelate"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
