import { PageHeader } from "@/components/layout/page-header";
import { IdentityForm } from "@/components/identities/identity-form";
import { requireOperator } from "@/lib/auth/session";

export const metadata = { title: "New identity" };

export default async function NewIdentityPage() {
  await requireOperator("admin");
  return (
    <>
      <PageHeader breadcrumbs={[{ label: "Identities", href: "/identities" }, { label: "New identity" }]} title="New identity" />
      <IdentityForm />
    </>
  );
}
