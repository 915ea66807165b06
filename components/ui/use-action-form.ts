"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/authed-action";

export type FieldErrors = Record<string, string[] | undefined>;
export type FormMessage = { kind: "success" | "destructive"; text: string };

/**
 * The submit cycle every settings-style form shares: read the form, add what the page knows (ids),
 * call the server action in a transition, then show field errors next to their fields and one message
 * above the form. `onSuccess` gets the form element, e.g. to clear a write-only field.
 */
export function useActionForm<T>(
  action: (fd: FormData) => Promise<ActionResult<T>>,
  opts: { extra?: Record<string, string>; success: string; onSuccess?: (form: HTMLFormElement, data: T) => void },
) {
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<FormMessage | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    for (const [k, v] of Object.entries(opts.extra ?? {})) fd.set(k, v);
    start(async () => {
      const r = await action(fd);
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setMessage(r.ok ? { kind: "success", text: opts.success } : { kind: "destructive", text: r.error });
      if (r.ok) opts.onSuccess?.(form, r.data);
    });
  }

  return { pending, errors, message, onSubmit, fieldError: (name: string) => errors[name]?.[0] };
}
