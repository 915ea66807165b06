"use client";

import { useState } from "react";
import { searchIdentityOptions } from "@/components/identities/search-identities";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export interface BaseFieldValues {
  name?: string;
  description?: string | null;
  owner?: ComboboxOption | null;
  governanceGroupId?: string | null;
}

/** Name, Description, Source Owner and Governance Group: the same on Create New and Base Configuration. */
export function SourceBaseFields({
  defaults,
  groups,
  fieldErrors,
  disabled,
}: {
  defaults: BaseFieldValues;
  groups: Array<{ id: string; name: string }>;
  fieldErrors: Record<string, string[] | undefined>;
  disabled?: boolean;
}) {
  const [owner, setOwner] = useState<ComboboxOption | null>(defaults.owner ?? null);
  const err = (k: string) => fieldErrors[k]?.[0];
  return (
    <>
      <Field label="Name" htmlFor="source-name" error={err("name")} required description="Unique, up to 128 characters.">
        <Input id="source-name" name="name" maxLength={128} defaultValue={defaults.name} disabled={disabled} {...fieldAria("source-name", { error: err("name"), description: true })} />
      </Field>
      <Field label="Description" htmlFor="source-description" error={err("description")}>
        <Textarea id="source-description" name="description" rows={3} defaultValue={defaults.description ?? ""} disabled={disabled} />
      </Field>
      <div className="grid gap-1.5">
        <Combobox
          id="source-owner"
          label="Source Owner"
          name="ownerIdentityId"
          placeholder="Type two letters of a name or email"
          value={owner}
          onChange={setOwner}
          search={searchIdentityOptions}
          disabled={disabled}
          aria-invalid={err("ownerIdentityId") ? true : undefined}
          aria-describedby={err("ownerIdentityId") ? "source-owner-error" : undefined}
        />
        {err("ownerIdentityId") ? (
          <p id="source-owner-error" role="alert" className="text-xs font-medium text-destructive">
            {err("ownerIdentityId")}
          </p>
        ) : null}
      </div>
      <Field label="Governance Group" htmlFor="source-group" error={err("governanceGroupId")} description="Optional: its members can manage this source.">
        <Select id="source-group" name="governanceGroupId" defaultValue={defaults.governanceGroupId ?? ""} disabled={disabled} {...fieldAria("source-group", { description: true })}>
          <option value="">None</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
