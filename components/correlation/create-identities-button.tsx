"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createIdentitiesAction } from "@/app/(dashboard)/sources/[id]/correlation/actions";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function CreateIdentitiesButton({ sourceId, humans }: { sourceId: string; humans: number }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="grid justify-items-end gap-2">
      <ConfirmDialog
        triggerLabel="Create identities from accounts"
        triggerVariant="outline"
        disabled={humans === 0}
        title="Create identities from uncorrelated human accounts?"
        description={`Up to ${humans} identities are created from uncorrelated human accounts that have an email, and linked to them. Bots are never turned into identities; an account whose email already belongs to an identity is linked to it instead.`}
        confirmLabel="Create identities"
        onConfirm={async () => {
          const r = await createIdentitiesAction({ sourceId });
          if (!r.ok) return { error: r.error };
          setDone(`${r.data.created} identities created, ${r.data.linked} accounts linked, ${r.data.skipped} skipped.`);
          router.refresh();
        }}
      />
      {done ? <Alert variant="success">{done}</Alert> : null}
    </div>
  );
}
