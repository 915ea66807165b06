import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit/record";
import { log } from "@/lib/log";
import { authSecret } from "@/lib/secrets";
import { authenticate } from "./authenticate";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class LockedOut extends CredentialsSignin {
  code = "locked";
}
class Disabled extends CredentialsSignin {
  code = "disabled";
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

function requestIp(request: Request | undefined): string | null {
  const fwd = request?.headers.get("x-forwarded-for");
  return fwd ? fwd.split(",")[0].trim() : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // next-auth's own logger prints full error objects; keep only what is safe and useful.
    error: (error) => log.warn({ authError: error.name }, "auth error"),
    warn: (code) => log.warn({ code }, "auth warning"),
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const db = await getDb();
        const ip = requestIp(request);
        const result = await authenticate(db, parsed.data.email, parsed.data.password, ip);
        if (!result.ok) {
          await recordAudit(db, {
            actor: { id: null, email: parsed.data.email.toLowerCase() },
            action: result.reason === "locked" ? "auth.sign_in_locked" : "auth.sign_in_failed",
            target: { type: "operator", label: parsed.data.email.toLowerCase() },
            details: { reason: result.reason },
            ip,
          });
          if (result.reason === "locked") throw new LockedOut();
          if (result.reason === "disabled") throw new Disabled();
          throw new InvalidCredentials();
        }
        await recordAudit(db, {
          actor: { id: result.operator.id, email: result.operator.email },
          action: "auth.sign_in",
          target: { type: "operator", id: result.operator.id, label: result.operator.email },
          ip,
        });
        return { id: result.operator.id, email: result.operator.email, name: result.operator.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
}));
