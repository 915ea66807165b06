import type { Db } from "@/db/client";
import { getSource, sourceAccessContext } from "@/db/queries/sources";
import type { Operator } from "@/db/schema";
import { ActionError } from "@/lib/auth/authed-action";
import { canManageSource } from "./access";

/** Loads a source for a change, or refuses: the server decides, whatever the page showed. */
export async function loadManageableSource(db: Db, operator: Operator, id: string) {
  const source = await getSource(db, id);
  if (!source) throw new ActionError("This source no longer exists.");
  const ctx = await sourceAccessContext(db, operator);
  if (!canManageSource(ctx, source)) throw new ActionError("You can read this source but not change it: only admins, its owner and members of its governance group can.");
  return source;
}
