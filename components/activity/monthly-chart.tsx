"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./chart-figure";

export interface MonthlyPoint {
  /** YYYY-MM */
  month: string;
  value: number;
  average?: number | null;
  /** Before the first sync completed: only partly observed, so the figure is a lower bound. */
  partial?: boolean;
}

const monthLabel = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

/** Days active per month (bars), optionally against the organisation's average (line). */
export function MonthlyChart({ data, valueLabel, averageLabel, title }: { data: MonthlyPoint[]; valueLabel: string; averageLabel?: string; title: string }) {
  const columns = averageLabel ? ["Month", valueLabel, averageLabel] : ["Month", valueLabel];
  const rows = data.map((d) => ({
    key: d.month,
    cells: [monthLabel(d.month), `${d.value}${d.partial ? " (partly observed)" : ""}`, ...(averageLabel ? [d.average ?? "—"] : [])],
  }));
  const note = data.some((d) => d.partial) ? <p className="text-xs text-muted-foreground">Lighter bars: months before the first complete sync, only partly observed (Slack&apos;s logs give first and last access, not every day).</p> : null;
  return (
    <ChartFigure title={title} heightClass="h-64" columns={columns} rows={rows} note={note}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={monthLabel} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip labelFormatter={(m) => monthLabel(String(m))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="value" name={valueLabel} fill="#4f46e5" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.month} fill={d.partial ? "#c7d2fe" : "#4f46e5"} />
            ))}
          </Bar>
          {averageLabel ? <Line dataKey="average" name={averageLabel} stroke="#b45309" strokeWidth={2} dot={false} isAnimationActive={false} /> : null}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
