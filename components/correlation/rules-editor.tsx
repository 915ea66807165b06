"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { correlateNowAction, saveRulesAction } from "@/app/(dashboard)/sources/[id]/correlation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { CorrelationRule } from "@/lib/correlation/rules";

const identityOptions = [
  ["email", "Email"],
  ["employee_id", "Employee ID"],
  ["name", "Name"],
] as const;
const accountOptions = [
  ["email", "Primary email"],
  ["user_name", "User name"],
  ["display_name", "Display name"],
  ["real_name", "Real name"],
  ["native_id", "Slack user ID"],
] as const;

export function RulesEditor({ sourceId, initial, attributeKeys, canManage }: { sourceId: string; initial: CorrelationRule[]; attributeKeys: string[]; canManage: boolean }) {
  const router = useRouter();
  const [rules, setRules] = useState<CorrelationRule[]>(initial);
  const [message, setMessage] = useState<{ kind: "success" | "destructive"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const update = (i: number, patch: Partial<CorrelationRule>) => setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: -1 | 1) =>
    setRules((rs) => {
      const next = [...rs];
      [next[i], next[i + d]] = [next[i + d], next[i]];
      return next;
    });

  return (
    <div className="grid gap-3">
      {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
      <ol className="grid gap-2" aria-label="Correlation rules, first match wins">
        {rules.map((r, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2 rounded-md border p-2">
            <span className="w-14 text-sm text-muted-foreground">Rule {i + 1}</span>
            <label className="sr-only" htmlFor={`rule-${i}-identity`}>
              Identity attribute of rule {i + 1}
            </label>
            <Select id={`rule-${i}-identity`} value={r.identityAttribute} disabled={!canManage} onChange={(e) => update(i, { identityAttribute: e.target.value as CorrelationRule["identityAttribute"] })}>
              {identityOptions.map(([v, l]) => (
                <option key={v} value={v}>
                  Identity {l}
                </option>
              ))}
              {attributeKeys.map((k) => (
                <option key={k} value={`attribute:${k}`}>
                  Identity attribute “{k}”
                </option>
              ))}
            </Select>
            <span aria-hidden>=</span>
            <label className="sr-only" htmlFor={`rule-${i}-account`}>
              Account attribute of rule {i + 1}
            </label>
            <Select id={`rule-${i}-account`} value={r.accountAttribute} disabled={!canManage} onChange={(e) => update(i, { accountAttribute: e.target.value as CorrelationRule["accountAttribute"] })}>
              {accountOptions.map(([v, l]) => (
                <option key={v} value={v}>
                  Account {l}
                </option>
              ))}
            </Select>
            <label className="flex items-center gap-1 text-sm">
              <input type="checkbox" checked={r.caseInsensitive} disabled={!canManage} onChange={(e) => update(i, { caseInsensitive: e.target.checked })} /> Ignore case
            </label>
            {canManage ? (
              <span className="ml-auto flex gap-1">
                <Button variant="ghost" size="icon" aria-label={`Move rule ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  <ArrowUp className="size-4" aria-hidden />
                </Button>
                <Button variant="ghost" size="icon" aria-label={`Move rule ${i + 1} down`} disabled={i === rules.length - 1} onClick={() => move(i, 1)}>
                  <ArrowDown className="size-4" aria-hidden />
                </Button>
                <Button variant="ghost" size="icon" aria-label={`Remove rule ${i + 1}`} disabled={rules.length === 1} onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}>
                  <Trash2 className="size-4" aria-hidden />
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {canManage ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" disabled={rules.length >= 10} onClick={() => setRules((rs) => [...rs, { identityAttribute: "name", accountAttribute: "real_name", caseInsensitive: true }])}>
            <Plus className="size-4" aria-hidden /> Add rule
          </Button>
          <Button
            disabled={pending}
            onClick={() =>
              start(async () => {
                const r = await saveRulesAction({ sourceId, rules });
                setMessage(r.ok ? { kind: "success", text: "Rules saved. Run correlation to apply them." } : { kind: "destructive", text: r.fieldErrors ? Object.values(r.fieldErrors).flat().join(" ") : r.error });
              })
            }
          >
            Save rules
          </Button>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const r = await correlateNowAction({ sourceId });
                setMessage(
                  r.ok
                    ? { kind: "success", text: `Correlation done: ${r.data.correlated} newly correlated, ${r.data.alreadyCorrelated} unchanged, ${r.data.manualKept} manual kept, ${r.data.ambiguous} ambiguous, ${r.data.uncorrelated} uncorrelated.` }
                    : { kind: "destructive", text: r.error },
                );
                router.refresh();
              })
            }
          >
            Run correlation now
          </Button>
        </div>
      ) : null}
    </div>
  );
}
