import type { ReactNode } from "react";

/** One label/value line of a detail page's definition list (`<dl>`). */
export function DetailRow({ label, children, labelWidth = "11rem" }: { label: string; children: ReactNode; labelWidth?: string }) {
  return (
    <div className="grid gap-2 py-1.5 text-sm" style={{ gridTemplateColumns: `${labelWidth} 1fr` }}>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
