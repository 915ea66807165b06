import { describe, expect, it } from "vitest";
import { runChecks, scopesStep, type CheckStep, type TestRun } from "./checks";

const TOKEN = "xoxp-1111111111-2222222222-3333333333-abcdefabcdefabcdefabcdefabcdef12";
const env = { slackSources: async () => [] };

const step = (id: string, network: boolean, run: (r: TestRun) => Promise<{ status: "passed" | "failed" | "warning" | "skipped"; message: string; remedy?: string }>, extra: Partial<CheckStep> = {}): CheckStep => ({
  id, label: `Label ${id}`, network, run, ...extra,
});

describe("runChecks", () => {
  it("runs in order and skips later checks after a failure, saying why", async () => {
    const ran: string[] = [];
    const report = await runChecks(
      [
        step("a", false, async () => (ran.push("a"), { status: "passed", message: "ok" })),
        step("b", true, async () => (ran.push("b"), { status: "failed", message: "broken", remedy: "fix" })),
        step("c", true, async () => (ran.push("c"), { status: "passed", message: "ok" })),
        step("d", false, async () => (ran.push("d"), { status: "warning", message: "hmm", remedy: "look" }), { runsAfterFailure: true }),
      ],
      TOKEN, "http://x/api/", env,
    );
    expect(ran).toEqual(["a", "b", "d"]);
    expect(report.checks.map((c) => c.status)).toEqual(["passed", "failed", "skipped", "warning"]);
    expect(report.checks[2].message).toBe('Not run because "Label b" failed; fix that first.');
    expect(report.ok).toBe(false);
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
  });

  it("stops a check that outlasts the budget and cancels its requests", async () => {
    let aborted = false;
    const started = Date.now();
    const report = await runChecks(
      [
        step("hang", true, (r) => new Promise(() => r.signal.addEventListener("abort", () => (aborted = true)))),
        step("next", true, async () => ({ status: "passed", message: "ok" })),
      ],
      TOKEN, "http://x/api/", env, { budgetMs: 400 },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(report.checks[0]).toMatchObject({ status: "failed", message: expect.stringMatching(/could not be reached/) });
    expect(report.checks[1].status).toBe("skipped");
    expect(aborted).toBe(true);
  });

  it("turns a throwing check into a failure and scrubs the token from every text", async () => {
    const report = await runChecks(
      [
        step("leak", false, async () => ({ status: "warning", message: `saw ${TOKEN}`, remedy: `use ${TOKEN.slice(0, 30)}` })),
        step("throw", true, async () => {
          throw new Error(`boom ${TOKEN}`);
        }),
      ],
      `  ${TOKEN}  `, "http://x/api/", env,
    );
    expect(JSON.stringify(report)).not.toMatch(/xoxp-\d/);
    expect(report.checks[1].status).toBe("failed");
  });

  it("cuts per-call timeouts to the remaining budget", async () => {
    let timeout = 0;
    await runChecks([step("t", true, async (r) => ((timeout = r.callTimeoutMs()), { status: "passed", message: "ok" }))], TOKEN, "http://x/api/", { ...env, timeoutMs: 60_000 }, { budgetMs: 500 });
    expect(timeout).toBeGreaterThan(0);
    expect(timeout).toBeLessThanOrEqual(500);
  });
});

describe("scopesStep", () => {
  const runScopes = (granted: string[] | undefined, required: string[]) =>
    scopesStep(required, "the test").run({ scopes: granted && { granted, reported: true } } as TestRun);

  it("passes when every scope is granted", async () => {
    expect(await runScopes(["admin", "users:read"], ["admin"])).toMatchObject({ status: "passed" });
  });
  it("names every missing scope and where to add it", async () => {
    const one = await runScopes(["users:read"], ["admin"]);
    expect(one).toMatchObject({ status: "failed", message: expect.stringContaining('"admin"'), remedy: expect.stringMatching(/User Token Scopes, then reinstall the app/) });
    const two = await runScopes(["users:read"], ["users:read", "users:read.email", "usergroups:read"]);
    expect(two.message).toMatch(/users:read\.email, usergroups:read/);
    expect(two.remedy).toMatch(/User Token Scopes, then reinstall the app/);
  });
  it("warns when Slack did not report scopes", async () => {
    expect(await runScopes(undefined, ["admin"])).toMatchObject({ status: "warning" });
  });
});
