import type { ReactNode } from "react";
import Link from "next/link";
import { cn } from "@/lib/utils";

export type TabsNavItem = {
  href: string;
  label: ReactNode;
  /** Optional trailing content, e.g. a count Badge. */
  badge?: ReactNode;
  /** Overrides the `activeHref` comparison. */
  active?: boolean;
};

export type TabsNavProps = {
  items: TabsNavItem[];
  /** The href of the current section (compared exactly). */
  activeHref?: string;
  orientation?: "horizontal" | "vertical";
  "aria-label": string;
  className?: string;
};

/** Section navigation as plain links (not ARIA tabs). Works in Server Components. */
export function TabsNav({ items, activeHref, orientation = "horizontal", className, ...rest }: TabsNavProps) {
  const vertical = orientation === "vertical";
  return (
    <nav aria-label={rest["aria-label"]} className={className}>
      <ul className={cn("flex", vertical ? "flex-col gap-0.5" : "gap-1 overflow-x-auto border-b")}>
        {items.map((item) => {
          const active = item.active ?? item.href === activeHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 whitespace-nowrap text-sm font-medium transition-colors focus-visible:-outline-offset-2",
                  vertical
                    ? "rounded-md px-3 py-1.5 text-muted-foreground hover:bg-accent hover:text-foreground"
                    : "-mb-px border-b-2 border-transparent px-3 py-2 text-muted-foreground hover:border-input hover:text-foreground",
                  active && (vertical ? "bg-primary-subtle text-primary-subtle-foreground hover:bg-primary-subtle hover:text-primary-subtle-foreground" : "border-primary text-foreground hover:border-primary"),
                )}
              >
                {item.label}
                {item.badge}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
