import { registerJobHandler } from "../worker";
import { correlate } from "./correlate";

/** Every feature's job handler, registered once before workers start. */
export function registerAllHandlers(): void {
  registerJobHandler("correlate", correlate);
}
