/**
 * Switchable failures for resilience tests: a burst of 5xx answers, added latency, and connections
 * dropped half-way through the response body. Counters apply to Slack paths only, never to /_control.
 */

export interface FaultSettings {
  serverErrors: { remaining: number; status: 500 | 502 | 503 };
  latencyMs: number;
  /** `body`: headers and half the body are sent, then the socket dies; `headers`: it dies before any byte. */
  dropConnections: { remaining: number; phase: DropPhase };
}

export type DropPhase = "body" | "headers";

export function defaultFaults(): FaultSettings {
  return { serverErrors: { remaining: 0, status: 503 }, latencyMs: 0, dropConnections: { remaining: 0, phase: "body" } };
}

export class FaultInjector {
  private settings = defaultFaults();

  current(): FaultSettings {
    return structuredClone(this.settings);
  }

  configure(next: {
    serverErrors?: { count: number; status?: 500 | 502 | 503 };
    latencyMs?: number;
    dropConnections?: { count: number; phase?: DropPhase };
  }): void {
    if (next.serverErrors) {
      this.settings.serverErrors = { remaining: next.serverErrors.count, status: next.serverErrors.status ?? this.settings.serverErrors.status };
    }
    if (next.latencyMs !== undefined) this.settings.latencyMs = next.latencyMs;
    if (next.dropConnections) {
      this.settings.dropConnections = { remaining: next.dropConnections.count, phase: next.dropConnections.phase ?? "body" };
    }
  }

  reset(): void {
    this.settings = defaultFaults();
  }

  latencyMs(): number {
    return this.settings.latencyMs;
  }

  /** The status to fail this request with, if a 5xx burst is in progress. */
  takeServerError(): number | null {
    if (this.settings.serverErrors.remaining <= 0) return null;
    this.settings.serverErrors.remaining--;
    return this.settings.serverErrors.status;
  }

  /** Whether (and when) to kill this request's connection. */
  takeDrop(): DropPhase | null {
    if (this.settings.dropConnections.remaining <= 0) return null;
    this.settings.dropConnections.remaining--;
    return this.settings.dropConnections.phase;
  }
}
