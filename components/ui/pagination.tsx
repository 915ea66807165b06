import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { cn } from "@/lib/utils";
import { buttonVariants } from "./button";

export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  className?: string;
};

const fmt = new Intl.NumberFormat("en-US");
const linkClass = buttonVariants({ variant: "outline", size: "sm" });

/** Previous/Next pagination with a result summary. Works in Server Components. */
export function Pagination({ page, pageSize, total, hrefFor, className }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  const from = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  const hasPrev = page > 1;
  const hasNext = page < pageCount;

  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center justify-between gap-3 py-3", className)}>
      <p className="text-sm text-muted-foreground">
        {total === 0
          ? "No results"
          : `Showing ${fmt.format(from)}–${fmt.format(to)} of ${fmt.format(total)}`}
      </p>
      <div className="flex items-center gap-2">
        <span className="hidden text-sm text-muted-foreground sm:inline">
          Page {fmt.format(Math.min(page, pageCount))} of {fmt.format(pageCount)}
        </span>
        {hasPrev ? (
          <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
            <ChevronLeft aria-hidden="true" />
            Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={linkClass}>
            <ChevronLeft aria-hidden="true" />
            Previous
          </span>
        )}
        {hasNext ? (
          <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
            Next
            <ChevronRight aria-hidden="true" />
          </Link>
        ) : (
          <span aria-disabled="true" className={linkClass}>
            Next
            <ChevronRight aria-hidden="true" />
          </span>
        )}
      </div>
    </nav>
  );
}
