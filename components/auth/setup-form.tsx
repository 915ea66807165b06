"use client";

import { useActionState } from "react";
import { setupAction, type SetupState } from "@/app/(auth)/setup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function SetupForm() {
  const [state, action, pending] = useActionState<SetupState, FormData>(setupAction, {});
  const err = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.error ? <Alert variant="destructive">{state.error}</Alert> : null}
      <Field label="Your name" htmlFor="name" error={err.name} required>
        <Input id="name" name="name" autoComplete="name" defaultValue={state.values?.name} {...fieldAria("name", { error: err.name })} />
      </Field>
      <Field label="Email" htmlFor="email" error={err.email} required>
        <Input id="email" name="email" type="email" autoComplete="username" defaultValue={state.values?.email} {...fieldAria("email", { error: err.email })} />
      </Field>
      <Field label="Password" htmlFor="password" error={err.password} description="At least 12 characters." required>
        <Input id="password" name="password" type="password" autoComplete="new-password" {...fieldAria("password", { error: err.password, description: true })} />
      </Field>
      <Field label="Confirm password" htmlFor="confirm" error={err.confirm} required>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" {...fieldAria("confirm", { error: err.confirm })} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
