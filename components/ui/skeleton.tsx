import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** Decorative placeholder; mark the loading region with aria-busy and give it an accessible status text. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
