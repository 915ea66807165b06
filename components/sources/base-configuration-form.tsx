"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteSourceAction, updateBaseConfigurationAction } from "@/app/(dashboard)/sources/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SourceBaseFields, type BaseFieldValues } from "./base-fields";

export function BaseConfigurationForm({ id, defaults, groups, canManage }: { id: string; defaults: BaseFieldValues; groups: Array<{ id: string; name: string }>; canManage: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "success" | "destructive"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    fd.set("id", id);
    start(async () => {
      const r = await updateBaseConfigurationAction(fd);
      setFieldErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setMessage(r.ok ? { kind: "success", text: "Saved." } : { kind: "destructive", text: r.error });
      if (r.ok) router.refresh();
    });
  }

  return (
    <div className="grid max-w-2xl gap-6">
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
        <SourceBaseFields defaults={defaults} groups={groups} fieldErrors={fieldErrors} disabled={!canManage} />
        {canManage ? (
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save"}
            </Button>
          </div>
        ) : null}
      </form>
      {canManage ? (
        <section aria-labelledby="danger-heading" className="grid gap-2 rounded-lg border border-destructive-border p-4">
          <h2 id="danger-heading" className="font-semibold">
            Delete this source
          </h2>
          <p className="text-sm text-muted-foreground">Removes the source with its accounts and activity. This cannot be undone.</p>
          <div>
            <ConfirmDialog
              triggerLabel="Delete"
              title={`Delete the source "${defaults.name}"?`}
              description="Its accounts and activity are removed with it. Type the source name to confirm."
              requireText={defaults.name}
              confirmLabel="Delete source"
              onConfirm={async () => {
                const r = await deleteSourceAction({ id, confirmName: defaults.name ?? "" });
                if (!r.ok) return { error: r.error };
                router.push("/sources");
                router.refresh();
              }}
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
