import Link from "next/link";
import { getDb } from "@/db";
import { operatorCount } from "@/db/queries/operators";
import { SetupForm } from "@/components/auth/setup-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata = { title: "Setup" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  const done = (await operatorCount(await getDb())) > 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">First-run setup</CardTitle>
        <CardDescription>Create the first admin. Admins add every other operator from Settings › Operators.</CardDescription>
      </CardHeader>
      <CardContent>
        {done ? (
          <Alert variant="info" title="Setup is already complete">
            An admin exists, so this page no longer creates accounts. <Link href="/sign-in">Sign in</Link>.
          </Alert>
        ) : (
          <SetupForm />
        )}
      </CardContent>
    </Card>
  );
}
