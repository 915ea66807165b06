import { headers } from "next/headers";

/** The client's address as Next.js passes it on (it sets x-forwarded-for from the socket). */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  const fwd = h.get("x-forwarded-for");
  if (fwd) return fwd.split(",")[0].trim();
  return h.get("x-real-ip");
}
