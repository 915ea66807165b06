import type { ComponentProps } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "@/lib/utils";
import { controlClasses } from "./input";

export type SelectProps = ComponentProps<"select"> & {
  /** Classes for the positioning wrapper (e.g. a width such as "w-48" in filter bars). */
  wrapperClassName?: string;
};

/** Styled native `<select>`; pass `<option>` children. */
export function Select({ className, wrapperClassName, children, ref, ...props }: SelectProps) {
  return (
    <div className={cn("relative w-full", wrapperClassName)}>
      <select ref={ref} className={cn(controlClasses, "block h-9 appearance-none py-1 pr-8", className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
