"use client";

import { usePathname } from "next/navigation";
import { TabsNav } from "@/components/ui/tabs-nav";

export function SourceNav({ id }: { id: string }) {
  const pathname = usePathname();
  const items = [
    { href: `/sources/${id}/base-configuration`, label: "Base Configuration" },
    { href: `/sources/${id}/configuration`, label: "Configuration" },
    { href: `/sources/${id}/review-and-test`, label: "Review and Test" },
  ];
  return <TabsNav aria-label="Source settings" orientation="vertical" items={items} activeHref={items.find((i) => pathname.startsWith(i.href))?.href} />;
}
