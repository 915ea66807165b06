import type { ReactNode } from "react";
import { Inbox, type LucideIcon } from "lucide-react";
import { cn } from "@/lib/utils";

export type EmptyStateProps = {
  /** A lucide icon component, e.g. `icon={Users}`. Defaults to Inbox. */
  icon?: LucideIcon;
  title: ReactNode;
  description?: ReactNode;
  /** e.g. a Button or a Link styled with buttonVariants. */
  action?: ReactNode;
  titleAs?: "h2" | "h3" | "p";
  className?: string;
};

export function EmptyState({ icon: Icon = Inbox, title, description, action, titleAs: Title = "h2", className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center justify-center px-6 py-12 text-center", className)}>
      <div className="mb-3 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden="true" className="size-5" />
      </div>
      <Title className="text-sm font-semibold text-foreground">{title}</Title>
      {description ? <p className="mt-1 max-w-sm text-sm text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
