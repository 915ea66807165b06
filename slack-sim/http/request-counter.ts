/**
 * Requests received per Slack method (`users.list`, `SCIM GET /Users`, …), including ones answered
 * with an error, a 429 or an injected fault, so product tests can assert exact call counts.
 */
export class RequestCounter {
  private readonly counts = new Map<string, number>();

  increment(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
