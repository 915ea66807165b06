import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Label } from "./label";

export type FieldProps = {
  label: ReactNode;
  /** The id of the child control; also the prefix for `${htmlFor}-description` / `${htmlFor}-error`. */
  htmlFor: string;
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * Form field wrapper: label, control, description and error message.
 *
 * The child control is NOT modified. The caller must wire it up, most easily with `fieldAria`:
 *   <Field label="Name" htmlFor="name" error={err} description="Shown to users">
 *     <Input id="name" name="name" {...fieldAria("name", { error: err, description: true })} />
 *   </Field>
 * which sets aria-invalid and aria-describedby="name-description name-error".
 */
export function Field({ label, htmlFor, description, error, required, className, children }: FieldProps) {
  return (
    <div className={cn("grid content-start gap-1.5", className)}>
      <Label htmlFor={htmlFor} required={required}>
        {label}
      </Label>
      {children}
      {description ? (
        <p id={`${htmlFor}-description`} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${htmlFor}-error`} role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** ARIA props for a control inside `<Field>`: spread onto the Input/Select/Textarea. */
export function fieldAria(
  htmlFor: string,
  { error, description }: { error?: string | null; description?: boolean },
): { "aria-invalid"?: true; "aria-describedby"?: string } {
  const ids = [description ? `${htmlFor}-description` : null, error ? `${htmlFor}-error` : null].filter(Boolean);
  return {
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(ids.length ? { "aria-describedby": ids.join(" ") } : {}),
  };
}
