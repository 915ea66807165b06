"use client";

import { saveAggregationSettingsAction } from "@/app/(dashboard)/sources/[id]/aggregation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";

export function AggregationSettingsForm({ sourceId, schedule, deleteThresholdPercent, canManage }: { sourceId: string; schedule: string; deleteThresholdPercent: number; canManage: boolean }) {
  const { pending, message, onSubmit, fieldError } = useActionForm(saveAggregationSettingsAction, { extra: { sourceId }, success: "Saved." });
  const thresholdError = fieldError("deleteThresholdPercent");
  return (
    <form noValidate className="grid gap-3" onSubmit={onSubmit}>
      {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Schedule" htmlFor="agg-schedule" description="Off until the first manual run, then daily by default.">
          <Select id="agg-schedule" name="schedule" defaultValue={schedule} disabled={!canManage} {...fieldAria("agg-schedule", { description: true })}>
            <option value="off">Off (manual only)</option>
            <option value="daily">Daily</option>
            <option value="hourly">Hourly</option>
          </Select>
        </Field>
        <Field label="Delete threshold (%)" htmlFor="agg-threshold" error={thresholdError} description="A run that would remove more accounts than this waits for confirmation.">
          <Input id="agg-threshold" name="deleteThresholdPercent" type="number" min={0} max={100} defaultValue={deleteThresholdPercent} disabled={!canManage} {...fieldAria("agg-threshold", { error: thresholdError, description: true })} />
        </Field>
      </div>
      {canManage ? (
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            Save settings
          </Button>
        </div>
      ) : null}
    </form>
  );
}
