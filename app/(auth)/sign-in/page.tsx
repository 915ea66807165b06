import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { operatorCount } from "@/db/queries/operators";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentOperator } from "@/lib/auth/session";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const db = await getDb();
  if ((await operatorCount(db)) === 0) redirect("/setup");
  if (await getCurrentOperator()) redirect("/");
  const { next } = await searchParams;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Sign in</CardTitle>
        <CardDescription>Use the operator account an admin gave you.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm next={typeof next === "string" ? next : "/"} />
      </CardContent>
    </Card>
  );
}
