import { CircleAlert, CircleCheck, CircleMinus, CircleX } from "lucide-react";
import type { CheckResult, TestConnectionReport } from "@/lib/connectors/types";
import { formatDateTime } from "@/lib/format";

const icon = {
  passed: <CircleCheck className="size-5 text-success" aria-hidden />,
  failed: <CircleX className="size-5 text-destructive" aria-hidden />,
  warning: <CircleAlert className="size-5 text-warning" aria-hidden />,
  skipped: <CircleMinus className="size-5 text-muted-foreground" aria-hidden />,
};
const word = { passed: "Passed", failed: "Failed", warning: "Warning", skipped: "Skipped" };

function CheckRow({ check }: { check: CheckResult }) {
  return (
    <li className="flex gap-3 py-2" data-testid={`check-${check.id}`}>
      {icon[check.status]}
      <div className="grid gap-0.5 text-sm">
        <p>
          <span className="font-medium">{check.label}</span>: <span data-testid="check-status">{word[check.status]}</span>
        </p>
        <p className="text-muted-foreground">{check.message}</p>
        {check.remedy ? <p className="text-foreground">{check.remedy}</p> : null}
      </div>
    </li>
  );
}

/** Markup-safe: every message is rendered as text by React, never as HTML. */
export function TestReport({ report, testedBy }: { report: TestConnectionReport; testedBy?: string | null }) {
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted-foreground">
        {report.ok ? "Connection test passed" : "Connection test failed"} · {formatDateTime(report.finishedAt)}
        {testedBy ? ` · by ${testedBy}` : ""}
      </p>
      <ol aria-label="Connection checks" className="divide-y">
        {report.checks.map((c) => (
          <CheckRow key={c.id} check={c} />
        ))}
      </ol>
    </div>
  );
}
