"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addOperatorAction } from "@/app/(dashboard)/settings/operators/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { roleLabels, roles } from "@/lib/auth/roles";

export function AddOperatorForm() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [created, setCreated] = useState<{ email: string; oneTimePassword: string } | null>(null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    start(async () => {
      const r = await addOperatorAction(fd);
      if (!r.ok) {
        setError(r.error);
        setFieldErrors(r.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      setCreated({ email: r.data.email, oneTimePassword: r.data.oneTimePassword });
      form.reset();
      router.refresh();
    });
  }

  return (
    <div className="grid gap-3">
      {created ? (
        <Alert variant="success" title={`Operator ${created.email} added`}>
          <p>
            One-time password: <code className="rounded bg-background px-1 font-mono" data-testid="one-time-password">{created.oneTimePassword}</code>
          </p>
          <p>Give it to them privately. It is shown only now; they choose their own password at first sign-in.</p>
        </Alert>
      ) : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <form onSubmit={onSubmit} className="grid gap-3" noValidate>
        <Field label="Name" htmlFor="op-name" error={fieldErrors.name?.[0]} required>
          <Input id="op-name" name="name" {...fieldAria("op-name", { error: fieldErrors.name?.[0] })} />
        </Field>
        <Field label="Email" htmlFor="op-email" error={fieldErrors.email?.[0]} required>
          <Input id="op-email" name="email" type="email" {...fieldAria("op-email", { error: fieldErrors.email?.[0] })} />
        </Field>
        <Field label="Role" htmlFor="op-role" error={fieldErrors.role?.[0]}>
          <Select id="op-role" name="role" defaultValue="viewer">
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </Select>
        </Field>
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add operator"}
          </Button>
        </div>
      </form>
    </div>
  );
}
