import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getIdentity } from "@/db/queries/identities";
import { PageHeader } from "@/components/layout/page-header";
import { IdentityForm } from "@/components/identities/identity-form";
import { requireOperator } from "@/lib/auth/session";

export const metadata = { title: "Edit identity" };

export default async function EditIdentityPage({ params }: { params: Promise<{ id: string }> }) {
  await requireOperator("admin");
  const { id } = await params;
  const identity = await getIdentity(await getDb(), id);
  if (!identity) notFound();
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Identities", href: "/identities" }, { label: identity.name, href: `/identities/${id}` }, { label: "Edit" }]}
        title={`Edit ${identity.name}`}
      />
      <IdentityForm defaults={{ ...identity, managerEmail: identity.managerEmail }} />
    </>
  );
}
