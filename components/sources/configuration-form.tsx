"use client";

import { useRouter } from "next/navigation";
import { saveConfigurationAction } from "@/app/(dashboard)/sources/[id]/configuration/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useActionForm, type FieldErrors } from "@/components/ui/use-action-form";
import { AccessTokenField } from "./access-token-field";

type Config = Record<string, unknown>;
type Errors = FieldErrors;

function TextField({ name, label, value, errors, disabled, description, type = "text", ...rest }: { name: string; label: string; value: unknown; errors: Errors; disabled?: boolean; description?: string; type?: string; min?: number; max?: number }) {
  const err = errors[name]?.[0];
  return (
    <Field label={label} htmlFor={`cfg-${name}`} error={err} description={description}>
      <Input id={`cfg-${name}`} name={name} type={type} defaultValue={String(value ?? "")} disabled={disabled} {...rest} {...fieldAria(`cfg-${name}`, { error: err, description: !!description })} />
    </Field>
  );
}

export function ConfigurationForm({
  id,
  connector,
  config,
  secretHint,
  slackSources,
  canManage,
}: {
  id: string;
  connector: string;
  config: Config;
  secretHint: string | null;
  slackSources: Array<{ id: string; name: string }>;
  canManage: boolean;
}) {
  const router = useRouter();
  const { pending, errors, message, onSubmit } = useActionForm(saveConfigurationAction, {
    extra: { id },
    success: "Configuration saved. Run Test Connection on Review and Test before the source gathers data.",
    onSuccess: (form) => {
      // The token field is write-only: clear it so the pasted value does not linger in the page.
      const tokenInput = form.elements.namedItem("token");
      if (tokenInput instanceof HTMLInputElement) tokenInput.value = "";
      router.refresh();
    },
  });

  const disabled = !canManage;
  return (
    <form onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate autoComplete="off">
      {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
      <AccessTokenField key={secretHint ?? "none"} hint={secretHint} error={errors.token?.[0]} disabled={disabled} />
      {connector === "slack" ? (
        <>
          <Field label="API mode" htmlFor="cfg-apiMode" description="SCIM v2 needs Business+ or Enterprise; Web API works on Pro.">
            <Select id="cfg-apiMode" name="apiMode" defaultValue={String(config.apiMode ?? "scim")} disabled={disabled} {...fieldAria("cfg-apiMode", { description: true })}>
              <option value="scim">SCIM v2 (default)</option>
              <option value="webapi">Web API</option>
            </Select>
          </Field>
          <TextField name="pageSize" label="Page size" type="number" min={1} max={1000} value={config.pageSize ?? 200} errors={errors} disabled={disabled} description="Accounts per request, 1–1000 (default 200)." />
          <TextField name="accountFilter" label="Account filter (SCIM)" value={config.accountFilter} errors={errors} disabled={disabled} description='SCIM filter, e.g. userName sw "a". Leave empty for all accounts.' />
          <TextField name="groupFilter" label="Group filter (SCIM)" value={config.groupFilter} errors={errors} disabled={disabled} description='SCIM filter, e.g. displayName sw "S". Leave empty for all groups.' />
        </>
      ) : (
        <>
          <Field label="Slack source" htmlFor="cfg-linkedSourceId" error={errors.linkedSourceId?.[0]} description="The Slack source of the same workspace: it maps Slack users to identities.">
            <Select id="cfg-linkedSourceId" name="linkedSourceId" defaultValue={String(config.linkedSourceId ?? "")} disabled={disabled} {...fieldAria("cfg-linkedSourceId", { error: errors.linkedSourceId?.[0], description: true })}>
              <option value="">None yet</option>
              {slackSources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Schedule" htmlFor="cfg-schedule">
            <Select id="cfg-schedule" name="schedule" defaultValue={String(config.schedule ?? "daily")} disabled={disabled}>
              <option value="daily">Daily (default)</option>
              <option value="hourly">Hourly</option>
            </Select>
          </Field>
        </>
      )}
      <details className="rounded-md border p-3" open={!!errors.apiBaseUrl}>
        <summary className="cursor-pointer text-sm font-medium">Advanced</summary>
        <div className="mt-3">
          <TextField name="apiBaseUrl" label="API base URL" value={config.apiBaseUrl ?? "https://slack.com/api/"} errors={errors} disabled={disabled} description="Default https://slack.com/api/. GovSlack workspaces use https://slack-gov.com/api/." />
        </div>
      </details>
      {canManage ? (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
