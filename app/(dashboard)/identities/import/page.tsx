import { PageHeader } from "@/components/layout/page-header";
import { ImportForm } from "@/components/identities/import-form";
import { requireOperator } from "@/lib/auth/session";

export const metadata = { title: "Import identities" };

export default async function ImportIdentitiesPage() {
  await requireOperator("admin");
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Identities", href: "/identities" }, { label: "Import CSV" }]}
        title="Import identities from CSV"
        description="Choose a file to preview it. A file is applied all-or-nothing, and a re-import updates people by email."
      />
      <ImportForm />
    </>
  );
}
