"use client";

import { Activity, FileClock, LayoutDashboard, Plug, Settings, Shield, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentType } from "react";
import { cn } from "@/lib/utils";

interface NavItem {
  href: string;
  label: string;
  icon: ComponentType<{ className?: string; "aria-hidden"?: boolean }>;
}

const main: NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/identities", label: "Identities", icon: Users },
];
const admin: NavItem[] = [{ href: "/sources", label: "Sources", icon: Plug }];
const rest: NavItem[] = [
  { href: "/governance-groups", label: "Governance Groups", icon: Shield },
  { href: "/audit", label: "Audit Log", icon: FileClock },
  { href: "/settings", label: "Settings", icon: Settings },
];

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

function NavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const active = isActive(pathname, item.href);
  const Icon = item.icon;
  return (
    <li>
      <Link
        href={item.href}
        aria-current={active ? "page" : undefined}
        className={cn(
          "flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-foreground",
          active && "bg-primary-subtle text-primary-subtle-foreground hover:bg-primary-subtle",
        )}
      >
        <Icon className="size-4" aria-hidden />
        {item.label}
      </Link>
    </li>
  );
}

export function SidebarNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-4">
      <ul className="grid gap-0.5">
        {main.map((i) => (
          <NavLink key={i.href} item={i} pathname={pathname} />
        ))}
      </ul>
      <div>
        <p className="px-2.5 pb-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground">Admin</p>
        <p className="flex items-center gap-1 px-2.5 pb-1 text-xs text-muted-foreground">
          <Activity className="size-3" aria-hidden /> Connections
        </p>
        <ul className="grid gap-0.5 pl-2">
          {admin.map((i) => (
            <NavLink key={i.href} item={i} pathname={pathname} />
          ))}
        </ul>
      </div>
      <ul className="grid gap-0.5">
        {rest.map((i) => (
          <NavLink key={i.href} item={i} pathname={pathname} />
        ))}
      </ul>
    </nav>
  );
}
