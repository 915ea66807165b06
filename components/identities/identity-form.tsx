"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createIdentityAction, updateIdentityAction } from "@/app/(dashboard)/identities/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { lifecycleLabels } from "@/lib/format";
import { LIFECYCLE_STATES } from "@/lib/identities/fields";

export interface IdentityFormDefaults {
  id?: string;
  name?: string;
  email?: string;
  employeeId?: string | null;
  department?: string | null;
  title?: string | null;
  managerEmail?: string | null;
  lifecycleState?: string;
}

const textFields = [
  { name: "name", label: "Name", required: true, autoComplete: "off" },
  { name: "email", label: "Email", required: true, type: "email" },
  { name: "employeeId", label: "Employee ID" },
  { name: "department", label: "Department" },
  { name: "title", label: "Title" },
  { name: "managerEmail", label: "Manager email", type: "email", description: "The manager must already be an identity." },
] as const;

export function IdentityForm({ defaults = {} }: { defaults?: IdentityFormDefaults }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values = new FormData(e.currentTarget);
    if (defaults.id) values.set("id", defaults.id);
    start(async () => {
      const result = defaults.id ? await updateIdentityAction(values) : await createIdentityAction(values);
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      router.push(`/identities/${result.data.id}`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-xl gap-4" noValidate>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {textFields.map((f) => {
        const err = fieldErrors[f.name]?.[0];
        const hasDescription = "description" in f;
        return (
          <Field key={f.name} label={f.label} htmlFor={f.name} error={err} required={"required" in f} description={hasDescription ? f.description : undefined}>
            <Input
              id={f.name}
              name={f.name}
              type={"type" in f ? f.type : "text"}
              defaultValue={(defaults[f.name] as string | null | undefined) ?? ""}
              {...fieldAria(f.name, { error: err, description: hasDescription })}
            />
          </Field>
        );
      })}
      <Field label="Lifecycle state" htmlFor="lifecycleState" error={fieldErrors.lifecycleState?.[0]}>
        <Select id="lifecycleState" name="lifecycleState" defaultValue={defaults.lifecycleState ?? "active"}>
          {LIFECYCLE_STATES.map((s) => (
            <option key={s} value={s}>
              {lifecycleLabels[s]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : defaults.id ? "Save changes" : "Create identity"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
