"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * The stored token is never sent to the browser: only its hint. Leaving the field closed keeps
 * the stored token; "Replace token" opens an empty password field.
 */
export function AccessTokenField({ hint, error, disabled }: { hint: string | null; error?: string; disabled?: boolean }) {
  const [replacing, setReplacing] = useState(!hint);
  if (!replacing) {
    return (
      <div className="grid gap-1.5">
        <p className="text-sm font-medium">Access Token</p>
        <div className="flex items-center gap-3">
          <code className="rounded bg-muted px-2 py-1 font-mono text-sm" data-testid="token-hint">
            {hint}
          </code>
          {disabled ? null : (
            <Button variant="outline" size="sm" onClick={() => setReplacing(true)}>
              Replace token
            </Button>
          )}
        </div>
        <p className="text-xs text-muted-foreground">Stored sealed. Saving without replacing keeps this token.</p>
      </div>
    );
  }
  return (
    <Field label="Access Token" htmlFor="token" error={error} required description="The User OAuth Token (xoxp-…) from your Slack app's Install App page.">
      <Input id="token" name="token" type="password" autoComplete="off" spellCheck={false} disabled={disabled} {...fieldAria("token", { error, description: true })} />
    </Field>
  );
}
