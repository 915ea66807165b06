import type { ComponentProps, ReactNode } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "@/lib/utils";

const alertVariants = cva("flex gap-3 rounded-md border px-4 py-3 text-sm", {
  variants: {
    variant: {
      info: "border-primary-border bg-primary-subtle text-primary-subtle-foreground",
      success: "border-success-border bg-success-subtle text-success-subtle-foreground",
      warning: "border-warning-border bg-warning-subtle text-warning-subtle-foreground",
      destructive: "border-destructive-border bg-destructive-subtle text-destructive-subtle-foreground",
    },
  },
  defaultVariants: { variant: "info" },
});

const icons = { info: Info, success: CircleCheck, warning: TriangleAlert, destructive: CircleAlert };

export type AlertVariant = keyof typeof icons;
export type AlertProps = Omit<ComponentProps<"div">, "title"> &
  VariantProps<typeof alertVariants> & {
    title?: ReactNode;
    /** Optional trailing content, e.g. a "Retry" button. */
    action?: ReactNode;
  };

/** role="alert" for destructive (interrupts), role="status" otherwise (polite). */
export function Alert({ className, variant, title, action, children, ...props }: AlertProps) {
  const v: AlertVariant = variant ?? "info";
  const Icon = icons[v];
  return (
    <div role={v === "destructive" ? "alert" : "status"} className={cn(alertVariants({ variant: v }), className)} {...props}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-semibold leading-5">{title}</p> : null}
        {children ? <div className="leading-5 [&_a]:font-medium [&_a]:underline">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-center">{action}</div> : null}
    </div>
  );
}
