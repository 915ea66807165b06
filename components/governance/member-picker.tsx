"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addMemberAction } from "@/app/(dashboard)/governance-groups/actions";
import { searchIdentityOptions } from "@/components/identities/search-identities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";

export function MemberPicker({ groupId }: { groupId: string }) {
  const router = useRouter();
  const [value, setValue] = useState<ComboboxOption | null>(null);
  const [message, setMessage] = useState<{ kind: "success" | "destructive"; text: string } | null>(null);
  const [pending, start] = useTransition();

  function add() {
    if (!value) return;
    start(async () => {
      const result = await addMemberAction({ groupId, identityId: value.id });
      if (!result.ok) {
        setMessage({ kind: "destructive", text: result.error });
        return;
      }
      setMessage({ kind: "success", text: `${result.data.name} was added.` });
      setValue(null);
      router.refresh();
    });
  }

  return (
    <div className="grid gap-2">
      <div className="flex items-end gap-2">
        <Combobox id="member-search" label="Add a member" placeholder="Type two letters of a name or email" value={value} onChange={setValue} search={searchIdentityOptions} className="w-96" />
        <Button onClick={add} disabled={!value || pending}>
          {pending ? "Adding…" : "Add member"}
        </Button>
      </div>
      {message ? <Alert variant={message.kind}>{message.text}</Alert> : null}
    </div>
  );
}
