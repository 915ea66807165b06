import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export type LabelProps = ComponentProps<"label"> & { required?: boolean };

/**
 * `required` only adds a visual asterisk (a CSS pseudo-element, so it is not part of the label's
 * text or accessible name); also set `required` on the control itself.
 */
export function Label({ className, required, children, ref, ...props }: LabelProps) {
  return (
    <label
      ref={ref}
      className={cn("text-sm font-medium leading-5 text-foreground", required && "after:ml-0.5 after:text-destructive after:content-['*']", className)}
      {...props}
    >
      {children}
    </label>
  );
}
