"use client";

import { useRouter } from "next/navigation";
import { deleteGroupAction } from "@/app/(dashboard)/governance-groups/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function DeleteGroupButton({ id, name, members }: { id: string; name: string; members: number }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      triggerLabel="Delete group"
      triggerVariant="destructive"
      title={`Delete the governance group "${name}"?`}
      description={`Its ${members} member${members === 1 ? "" : "s"} stay as identities, but lose the delegation this group gives. This cannot be undone.`}
      confirmLabel="Delete group"
      onConfirm={async () => {
        const r = await deleteGroupAction({ id });
        if (!r.ok) return { error: r.error };
        router.push("/governance-groups");
        router.refresh();
      }}
    />
  );
}
