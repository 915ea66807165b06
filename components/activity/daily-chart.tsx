"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./chart-figure";

export interface DailyPoint {
  /** YYYY-MM-DD */
  day: string;
  value: number;
}

const dayLabel = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function DailyChart({ data, label, title }: { data: DailyPoint[]; label: string; title: string }) {
  return (
    <ChartFigure title={title} heightClass="h-56" columns={["Day", label]} rows={data.map((d) => ({ key: d.day, cells: [d.day, d.value] }))}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={dayLabel} fontSize={12} minTickGap={24} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip labelFormatter={(d) => dayLabel(String(d))} />
          <Area dataKey="value" name={label} stroke="#4f46e5" fill="#c7d2fe" type="monotone" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
