"use client";

import { saveDormancyThresholdsAction } from "@/app/(dashboard)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import type { DormancyThresholds } from "@/lib/settings/dormancy";

const fields = [
  { name: "member", label: "Members (days)" },
  { name: "guest", label: "Guests (days)" },
  { name: "privileged", label: "Admins and owners (days)" },
] as const;

export function DormancyForm({ value, canEdit }: { value: DormancyThresholds; canEdit: boolean }) {
  const { pending, message, onSubmit, fieldError } = useActionForm(saveDormancyThresholdsAction, { success: "Thresholds saved." });
  return (
    <form noValidate className="grid gap-3" onSubmit={onSubmit}>
      {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {fields.map((f) => (
          <Field key={f.name} label={f.label} htmlFor={`dormancy-${f.name}`} error={fieldError(f.name)}>
            <Input id={`dormancy-${f.name}`} name={f.name} type="number" min={1} max={365} defaultValue={value[f.name]} disabled={!canEdit} {...fieldAria(`dormancy-${f.name}`, { error: fieldError(f.name) })} />
          </Field>
        ))}
      </div>
      <p className="text-xs text-muted-foreground">Bots are never flagged as dormant.</p>
      {canEdit ? (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save thresholds"}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
