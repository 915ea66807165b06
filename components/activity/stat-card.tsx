import Link from "next/link";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/lib/utils";

export function StatCard({ label, value, href, hint, tone }: { label: string; value: string | number; href: string; hint?: string; tone?: "warning" }) {
  return (
    <Card className={cn(tone === "warning" && "border-warning-border")}>
      <CardContent className="grid gap-1">
        <p className="text-sm text-muted-foreground">{label}</p>
        <Link href={href} className="text-3xl font-semibold tabular-nums hover:underline" aria-label={`${label}: ${value}`}>
          {typeof value === "number" ? value.toLocaleString("en-US") : value}
        </Link>
        {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      </CardContent>
    </Card>
  );
}
