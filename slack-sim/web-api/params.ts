/** Typed access to Web API arguments, which arrive as strings (the SDK sends `true`, `200`, …). */
export class Params {
  constructor(private readonly values: Readonly<Record<string, string>>) {}

  string(name: string): string | undefined {
    const v = this.values[name];
    return v === undefined || v === "" ? undefined : v;
  }

  /** undefined when absent; NaN when present but not an integer. */
  int(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    return /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
  }

  /** Slack reads "true"/"1" as true; anything else (or absence) as false. */
  bool(name: string): boolean {
    const v = this.string(name);
    return v === "true" || v === "1";
  }
}
