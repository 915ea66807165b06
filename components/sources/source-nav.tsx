"use client";

import { usePathname } from "next/navigation";
import { TabsNav } from "@/components/ui/tabs-nav";

const dataPages: Record<string, Array<[string, string]>> = {
  slack: [
    ["accounts", "Accounts"],
    ["entitlements", "Entitlements"],
    ["aggregation", "Aggregation"],
    ["correlation", "Correlation"],
  ],
  "activity-insights-slack": [["activity", "Activity Sync"]],
};

export function SourceNav({ id, connector }: { id: string; connector: string }) {
  const pathname = usePathname();
  const items = [
    { href: `/sources/${id}/base-configuration`, label: "Base Configuration" },
    { href: `/sources/${id}/configuration`, label: "Configuration" },
    { href: `/sources/${id}/review-and-test`, label: "Review and Test" },
    ...(dataPages[connector] ?? []).map(([path, label]) => ({ href: `/sources/${id}/${path}`, label })),
  ];
  return <TabsNav aria-label="Source settings" orientation="vertical" items={items} activeHref={items.find((i) => pathname.startsWith(i.href))?.href} />;
}
