import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { controlClasses } from "./input";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, ref, rows = 4, ...props }: TextareaProps) {
  return <textarea ref={ref} rows={rows} className={cn(controlClasses, "min-h-20 py-2", className)} {...props} />;
}
