"use client";

import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { X } from "lucide-react";
import { cn } from "@/lib/utils";

export type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Rendered in a right-aligned footer row (e.g. Cancel / Save buttons). */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** When false, Escape / backdrop / close button do nothing (e.g. while saving). */
  dismissible?: boolean;
  className?: string;
};

const sizes = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" };

/**
 * Controlled modal on the native <dialog> (showModal: focus trap, Escape, inert page, focus restore).
 * Initial focus goes to the first focusable element in `children`/`footer`; add `autoFocus` to pick another.
 * To submit a form in `children` from the footer, give the form an id and the button `type="submit" form={id}`.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  size = "md",
  dismissible = true,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // Bumped whenever the element closes itself, so the effect re-syncs if the parent keeps `open`.
  const [closedTick, setClosedTick] = useState(0);
  const pointerDownOnBackdrop = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    else if (!open && el.open) el.close();
  }, [open, closedTick]);

  const requestClose = () => {
    if (dismissible) onOpenChange(false);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onClose={() => {
        if (open && dismissible) onOpenChange(false);
        setClosedTick((t) => t + 1);
      }}
      onPointerDown={(e) => {
        pointerDownOnBackdrop.current = e.target === e.currentTarget;
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget && pointerDownOnBackdrop.current) requestClose();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] rounded-lg border bg-card p-0 text-card-foreground shadow-xl backdrop:bg-gray-950/50",
        sizes[size],
        className,
      )}
    >
      <div className="relative flex max-h-[calc(100dvh-4rem)] flex-col">
        <div className="space-y-1 px-5 pt-5 pr-12">
          <h2 id={titleId} className="text-base font-semibold leading-6">
            {title}
          </h2>
          {description ? (
            <div id={descriptionId} className="text-sm text-muted-foreground">
              {description}
            </div>
          ) : null}
        </div>
        {children ? <div className="min-h-0 overflow-y-auto px-5 py-4">{children}</div> : <div className="h-4" />}
        {footer ? <DialogFooter>{footer}</DialogFooter> : null}
        <button
          type="button"
          aria-label="Close"
          disabled={!dismissible}
          onClick={requestClose}
          className="absolute top-3.5 right-3.5 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground disabled:opacity-50"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
    </dialog>
  );
}

function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("flex flex-col-reverse gap-2 border-t bg-muted/40 px-5 py-3 sm:flex-row sm:justify-end", className)}
      {...props}
    />
  );
}
