import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export type LabelProps = ComponentProps<"label"> & { required?: boolean };

/** `required` only adds a visual asterisk; also set `required` on the control itself. */
export function Label({ className, required, children, ref, ...props }: LabelProps) {
  return (
    <label ref={ref} className={cn("text-sm font-medium leading-5 text-foreground", className)} {...props}>
      {children}
      {required ? (
        <span aria-hidden="true" className="ml-0.5 text-destructive">
          *
        </span>
      ) : null}
    </label>
  );
}
