import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Merge class names: clsx for conditionals, tailwind-merge to resolve conflicting utilities. */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
