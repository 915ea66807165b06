export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Prints one scenario as an aligned table: figures, not pass/fail tests. */
export function report(title: string, rows: Array<[string, string, string?]>) {
  console.log(`\n## ${title}`);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v, note] of rows) console.log(`  ${k.padEnd(w)}  ${v.padStart(10)}${note ? `  ${note}` : ""}`);
}
