import type { ReactNode } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "@/lib/utils";
import { TableHead } from "./table";

export type SortDir = "asc" | "desc";

export type SortableHeaderProps<C extends string = string> = {
  label: ReactNode;
  column: C;
  currentSort?: string | null;
  currentDir?: SortDir | null;
  /** Builds the URL for sorting by `column` in `dir` (keep other search params). */
  hrefFor: (column: C, dir: SortDir) => string;
  /** Direction used when this column is not yet the active sort. */
  defaultDir?: SortDir;
  align?: "left" | "right";
  className?: string;
};

/** A `<th>` whose content is a sort link. Works in Server Components (no client JS). */
export function SortableHeader<C extends string = string>({
  label,
  column,
  currentSort,
  currentDir,
  hrefFor,
  defaultDir = "asc",
  align = "left",
  className,
}: SortableHeaderProps<C>) {
  const active = currentSort === column;
  const dir: SortDir = currentDir === "desc" ? "desc" : "asc";
  const nextDir: SortDir = active ? (dir === "asc" ? "desc" : "asc") : defaultDir;
  const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;

  return (
    <TableHead
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={cn(align === "right" && "text-right", className)}
    >
      <Link
        href={hrefFor(column, nextDir)}
        scroll={false}
        className={cn(
          "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:text-foreground",
          active && "text-foreground",
          align === "right" && "flex-row-reverse",
        )}
      >
        {label}
        <Icon aria-hidden="true" className={cn("size-3.5 shrink-0", !active && "opacity-60")} />
        <span className="sr-only">{`, sort ${nextDir === "asc" ? "ascending" : "descending"}`}</span>
      </Link>
    </TableHead>
  );
}
