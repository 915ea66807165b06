import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentOperator } from "@/lib/auth/session";

export const metadata = { title: "Change password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const operator = await getCurrentOperator();
  if (!operator) redirect("/sign-in");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Change your password</CardTitle>
        <CardDescription>
          {operator.mustChangePassword ? "You signed in with a one-time password. Choose your own to continue." : "Choose a new password."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ChangePasswordForm />
      </CardContent>
    </Card>
  );
}
