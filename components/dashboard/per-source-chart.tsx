"use client";

import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Datum = { source: string; CORROBORATED: number; CONTESTED: number; CONTRADICTED: number };
type Props = { data: Datum[]; labels: Record<"CORROBORATED" | "CONTESTED" | "CONTRADICTED", string>; title: string };

const COLORS = { CORROBORATED: "#059669", CONTESTED: "#f59e0b", CONTRADICTED: "#dc2626" } as const;
const ORDER: string[] = Object.keys(COLORS);

/** Verdicts per source as horizontal stacked bars (source titles are long, often Chinese). */
export function PerSourceChart({ data, labels, title }: Props) {
  return (
    <figure aria-label={title} data-testid="per-source-chart">
      <div style={{ width: "100%", height: Math.max(120, 44 * data.length + 40) }}>
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
            <XAxis type="number" allowDecimals={false} fontSize={11} />
            <YAxis type="category" dataKey="source" width={170} fontSize={11} tickFormatter={(v: string) => (v.length > 14 ? `${v.slice(0, 14)}…` : v)} />
            <Tooltip />
            {/* Recharts sorts the legend by its (translated) text by default: keep the scale's order in every language. */}
            <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => ORDER.indexOf(String(item.dataKey))} />
            {(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((key) => (
              <Bar key={key} dataKey={key} name={labels[key]} stackId="verdicts" fill={COLORS[key]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
