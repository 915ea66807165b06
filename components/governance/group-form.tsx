"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createGroupAction, renameGroupAction } from "@/app/(dashboard)/governance-groups/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

export function GroupForm({ group, onDone }: { group?: { id: string; name: string; description: string | null }; onDone?: () => void }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const prefix = group ? "edit-group" : "new-group";

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    if (group) fd.set("id", group.id);
    const form = e.currentTarget;
    start(async () => {
      const result = group ? await renameGroupAction(fd) : await createGroupAction(fd);
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      if (!group) form.reset();
      onDone?.();
      router.refresh();
    });
  }

  const nameErr = fieldErrors.name?.[0];
  return (
    <form onSubmit={onSubmit} className="grid gap-3" noValidate>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <Field label="Group name" htmlFor={`${prefix}-name`} error={nameErr} required>
        <Input id={`${prefix}-name`} name="name" defaultValue={group?.name} {...fieldAria(`${prefix}-name`, { error: nameErr })} />
      </Field>
      <Field label="Description" htmlFor={`${prefix}-description`} error={fieldErrors.description?.[0]}>
        <Textarea id={`${prefix}-description`} name="description" rows={2} defaultValue={group?.description ?? ""} />
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : group ? "Save" : "Create group"}
        </Button>
      </div>
    </form>
  );
}
