"use client";

import { useActionState } from "react";
import { changePasswordAction, type ChangePasswordState } from "@/app/(auth)/change-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const err = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.error ? <Alert variant="destructive">{state.error}</Alert> : null}
      <Field label="Current password" htmlFor="current" error={err.current} required>
        <Input id="current" name="current" type="password" autoComplete="current-password" {...fieldAria("current", { error: err.current })} />
      </Field>
      <Field label="New password" htmlFor="password" error={err.password} description="At least 12 characters." required>
        <Input id="password" name="password" type="password" autoComplete="new-password" {...fieldAria("password", { error: err.password, description: true })} />
      </Field>
      <Field label="Confirm new password" htmlFor="confirm" error={err.confirm} required>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" {...fieldAria("confirm", { error: err.confirm })} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
