"use client";

import { useRouter } from "next/navigation";
import { removeMemberAction } from "@/app/(dashboard)/governance-groups/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function RemoveMemberButton({ groupId, identityId, name }: { groupId: string; identityId: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      triggerLabel="Remove"
      triggerAriaLabel={`Remove ${name}`}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`Remove ${name} from this group?`}
      description="They lose the delegated management that comes with this group."
      confirmLabel="Remove member"
      onConfirm={async () => {
        const r = await removeMemberAction({ groupId, identityId });
        if (!r.ok) return { error: r.error };
        router.refresh();
      }}
    />
  );
}
