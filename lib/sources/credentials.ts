import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sources, type Source } from "@/db/schema";
import { unseal } from "@/lib/crypto/seal";
import { JobFailure } from "@/lib/jobs/context";
import { encryptionKey } from "@/lib/secrets";

/**
 * A source's token and config for a data run. No data is gathered from a source until its
 * connection test has succeeded, so anything but `healthy` stops the run with a reason.
 */
export async function loadSourceForRun(db: Db, sourceId: string, expectedConnector: string, key: string = encryptionKey()): Promise<{ source: Source; token: string }> {
  const [source] = await db.select().from(sources).where(eq(sources.id, sourceId));
  if (!source) throw new JobFailure("The source no longer exists.", {}, false);
  if (source.connector !== expectedConnector) throw new JobFailure(`This run needs a ${expectedConnector} source.`, {}, false);
  if (source.status !== "healthy" || !source.sealedSecret) {
    throw new JobFailure("The source has not passed Test Connection since it was last configured. Run Test Connection on Review and Test first.", {}, false);
  }
  return { source, token: unseal(source.sealedSecret, key) };
}
