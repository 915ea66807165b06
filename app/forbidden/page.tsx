import Link from "next/link";
import { ShieldX } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-8">
      <EmptyState
        icon={ShieldX}
        titleAs="h2"
        title="You do not have access to this page"
        description="Your role does not include this. Ask an admin if you need it."
        action={<Link className="text-primary underline" href="/">Back to the overview</Link>}
      />
    </main>
  );
}
