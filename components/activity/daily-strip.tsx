import { cn } from "@/lib/utils";

export interface StripDay {
  /** YYYY-MM-DD */
  day: string;
  active: boolean;
  /** False for days before our observations were complete. */
  known?: boolean;
  accesses?: number;
}

/** The last 90 days as a grid of squares: one per day, filled when the person was active. */
export function DailyStrip({ days }: { days: StripDay[] }) {
  const active = days.filter((d) => d.active).length;
  return (
    <div className="grid gap-2">
      <ol className="grid w-max grid-flow-col grid-rows-7 gap-1" aria-label={`Daily activity, last ${days.length} days: active on ${active}`}>
        {days.map((d) => (
          <li
            key={d.day}
            title={`${d.day}: ${d.active ? `active${d.accesses ? ` (${d.accesses} accesses)` : ""}` : d.known === false ? "not observed" : "no activity"}`}
            className={cn("size-3 rounded-sm", d.active ? "bg-primary" : d.known === false ? "bg-muted [background-image:repeating-linear-gradient(45deg,transparent,transparent_2px,#d1d5db_2px,#d1d5db_3px)]" : "bg-muted")}
          >
            <span className="sr-only">
              {d.day}: {d.active ? "active" : d.known === false ? "not observed" : "no activity"}
            </span>
          </li>
        ))}
      </ol>
      <p className="flex items-center gap-3 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1">
          <span className="size-3 rounded-sm bg-primary" aria-hidden /> Active
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="size-3 rounded-sm bg-muted" aria-hidden /> No activity
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="size-3 rounded-sm bg-muted [background-image:repeating-linear-gradient(45deg,transparent,transparent_2px,#d1d5db_2px,#d1d5db_3px)]" aria-hidden /> Before the first sync
        </span>
      </p>
    </div>
  );
}
