"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";

export interface SignInState {
  error?: string;
  email?: string;
}

const schema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(320),
  password: z.string().min(1, "Enter your password").max(200),
});

const messages: Record<string, string> = {
  locked: "Too many failed sign-ins for this email. Try again later (in up to 15 minutes).",
  disabled: "This operator account is disabled. Ask an admin to enable it.",
  invalid: "The email or password is not right.",
};

/** Public by nature: the credential check, lockout and audit live in the Credentials provider. */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = schema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0].message, email: String(formData.get("email") ?? "") };
  const next = String(formData.get("next") ?? "/");
  const redirectTo = next.startsWith("/") && !next.startsWith("//") ? next : "/";
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo });
    return {};
  } catch (err) {
    if (err instanceof AuthError) {
      const code = (err as AuthError & { code?: string }).code ?? "invalid";
      return { error: messages[code] ?? messages.invalid, email: parsed.data.email };
    }
    throw err; // the success redirect
  }
}
