import { LogOut } from "lucide-react";
import type { ReactNode } from "react";
import { SidebarNav } from "@/components/layout/sidebar-nav";
import { Providers } from "@/components/providers";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { roleLabels } from "@/lib/auth/roles";
import { requireOperator } from "@/lib/auth/session";
import { signOutAction } from "./sign-out-action";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const operator = await requireOperator();
  return (
    <div className="grid min-h-screen grid-cols-[15rem_minmax(0,1fr)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen flex-col gap-6 overflow-y-auto border-r bg-muted/40 px-3 py-4">
        <p className="px-2.5 text-sm font-semibold tracking-tight">Activity Insights</p>
        <SidebarNav />
        <div className="mt-auto grid gap-2 border-t px-2.5 pt-3 text-sm">
          <div className="min-w-0">
            <p className="truncate font-medium" title={operator.email}>
              {operator.name}
            </p>
            <p className="truncate text-xs text-muted-foreground">{operator.email}</p>
            <Badge variant="secondary" className="mt-1">
              {roleLabels[operator.role]}
            </Badge>
          </div>
          <form action={signOutAction}>
            <Button type="submit" variant="outline" size="sm" className="w-full">
              <LogOut className="size-4" aria-hidden /> Sign out
            </Button>
          </form>
        </div>
      </aside>
      <main id="main" className="min-w-0 px-8 py-6">
        <Providers>{children}</Providers>
      </main>
    </div>
  );
}
