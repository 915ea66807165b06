import type { ComponentProps, Ref } from "react";
import { cn } from "@/lib/utils";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  /** Client components only (uses a callback ref). Shown as "mixed" to assistive tech. */
  indeterminate?: boolean;
};

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

/** Native checkbox. Wrap with a `<label>` or pair with `<Label htmlFor>`. */
export function Checkbox({ className, indeterminate, ref, ...props }: CheckboxProps) {
  const mergedRef =
    indeterminate === undefined
      ? ref
      : (el: HTMLInputElement | null) => {
          if (el) el.indeterminate = indeterminate;
          assignRef(ref, el);
        };
  return (
    <input
      ref={mergedRef}
      type="checkbox"
      className={cn(
        "size-4 shrink-0 rounded-sm border-input accent-primary disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
