"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeRoleAction, setOperatorDisabledAction } from "@/app/(dashboard)/settings/operators/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/select";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";

export function OperatorRowActions({ id, email, role, disabled, isSelf }: { id: string; email: string; role: Role; disabled: boolean; isSelf: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function changeRole(next: string) {
    start(async () => {
      const r = await changeRoleAction({ id, role: next as Role });
      setError(r.ok ? null : r.error);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <label className="sr-only" htmlFor={`role-${id}`}>
        Role of {email}
      </label>
      <Select id={`role-${id}`} value={role} disabled={pending} onChange={(e) => changeRole(e.target.value)}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </Select>
      {disabled ? (
        <Button
          variant="outline"
          size="sm"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await setOperatorDisabledAction({ id, disabled: false });
              setError(r.ok ? null : r.error);
              router.refresh();
            })
          }
        >
          Enable
        </Button>
      ) : (
        <ConfirmDialog
          triggerLabel="Disable"
          triggerAriaLabel={`Disable ${email}`}
          triggerVariant="outline"
          triggerSize="sm"
          disabled={isSelf}
          title={`Disable ${email}?`}
          description="They are signed out on their next request and cannot sign in until an admin enables them again."
          confirmLabel="Disable operator"
          onConfirm={async () => {
            const r = await setOperatorDisabledAction({ id, disabled: true });
            if (!r.ok) return { error: r.error };
            router.refresh();
          }}
        />
      )}
      {error ? (
        <p role="alert" className="w-full text-right text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
