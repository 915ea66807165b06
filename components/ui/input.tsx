import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export const controlClasses =
  "w-full rounded-md border border-input bg-background px-3 text-sm text-foreground shadow-xs placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70 [&[readonly]]:bg-muted aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive";

export type InputProps = ComponentProps<"input">;

/** Pass `aria-invalid` / `aria-describedby` (see `fieldAria` in field.tsx) when used in a Field. */
export function Input({ className, type = "text", ref, ...props }: InputProps) {
  return (
    <input
      ref={ref}
      type={type}
      className={cn(
        controlClasses,
        "h-9 py-1 file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium",
        className,
      )}
      {...props}
    />
  );
}
