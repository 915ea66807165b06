"use client";

import { useId, useState, type ReactNode } from "react";
import { Alert } from "./alert";
import { Button, type ButtonSize, type ButtonVariant } from "./button";
import { Dialog } from "./dialog";
import { Input } from "./input";
import { Spinner } from "./spinner";

export type ConfirmResult = void | undefined | { error?: string | null };

export type ConfirmDialogProps = {
  triggerLabel: ReactNode;
  /** Accessible name for the trigger when its label is ambiguous, e.g. "Delete source Okta". */
  triggerAriaLabel?: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  triggerClassName?: string;
  disabled?: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel?: string;
  pendingLabel?: string;
  cancelLabel?: string;
  /** If set, the user must type exactly this text before the confirm button enables. */
  requireText?: string;
  /** May throw or resolve to `{ error }`; the dialog stays open and shows the message. */
  onConfirm: () => Promise<ConfirmResult> | ConfirmResult;
};

/** Destructive confirmation: renders its own trigger button plus a modal Dialog. */
export function ConfirmDialog({
  triggerLabel,
  triggerAriaLabel,
  triggerVariant = "destructive",
  triggerSize = "default",
  triggerClassName,
  disabled,
  title,
  description,
  confirmLabel = "Delete",
  pendingLabel = "Working…",
  cancelLabel = "Cancel",
  requireText,
  onConfirm,
}: ConfirmDialogProps) {
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textOk = requireText === undefined || typed === requireText;

  async function confirm() {
    if (!textOk || pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await onConfirm();
      if (result && result.error) setError(result.error);
      else setOpen(false);
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "Something went wrong. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        className={triggerClassName}
        aria-label={triggerAriaLabel}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => {
          setTyped("");
          setError(null);
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        dismissible={!pending}
        size="sm"
        title={title}
        description={description}
        footer={
          <>
            <Button variant="outline" disabled={pending} onClick={() => setOpen(false)}>
              {cancelLabel}
            </Button>
            <Button
              variant="destructive"
              disabled={!textOk}
              aria-disabled={pending || undefined}
              aria-busy={pending || undefined}
              onClick={() => void confirm()}
            >
              {pending ? <Spinner /> : null}
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </>
        }
      >
        {requireText !== undefined || error ? (
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void confirm();
            }}
          >
            {requireText !== undefined ? (
              <div className="grid gap-1.5">
                <label htmlFor={inputId} className="text-sm text-foreground">
                  Type <strong className="font-semibold break-all">{requireText}</strong> to confirm.
                </label>
                <Input
                  id={inputId}
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  readOnly={pending}
                />
              </div>
            ) : null}
            {error ? <Alert variant="destructive">{error}</Alert> : null}
          </form>
        ) : null}
      </Dialog>
    </>
  );
}
