import type { Prng } from "./prng";

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * Issues Slack-shaped ids (`U…`, `W…`, `T…`, `S…`, `B…`, `A…`, `E…`): a prefix letter and ten characters
 * of [A-Z0-9], matching the OAS patterns. Keeps a set so an id is never issued twice in a workspace.
 */
export class SlackIdFactory {
  private readonly issued = new Set<string>();

  constructor(private readonly prng: Prng) {}

  next(prefix: string): string {
    for (;;) {
      let id = prefix;
      // The first character after the prefix is a digit, as in most real ids (U0…, T0…).
      id += String(this.prng.int(0, 9));
      for (let i = 0; i < 9; i++) id += ID_ALPHABET[this.prng.int(0, ID_ALPHABET.length - 1)];
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }

  reserve(id: string): void {
    this.issued.add(id);
  }
}
