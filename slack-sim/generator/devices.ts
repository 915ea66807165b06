import type { Prng } from "../core/prng";
import type { SimCombo, SimIp, SimUser } from "../model/types";
import { isMobile, userAgentFor, type ClientKind } from "./client-data";
import { NETWORKS, TRAVEL_COUNTRIES, ZONES, type IspSpec } from "./network-data";

/** Access-log entries per user are capped so entry ids stay compact (and a real person rarely has more). */
export const MAX_COMBOS = 8;

/** Office uplinks are shared by everyone in an office, as they are in real access logs. */
export type OfficeIps = Map<string, SimIp[]>;

function randomAddress(prng: Prng, isp: IspSpec): string {
  const prefix = prng.pick(isp.prefixes);
  if (prefix.includes(":")) {
    const groups: string[] = [];
    for (let i = 0; i < 4; i++) groups.push(prng.int(0, 0xffff).toString(16));
    return `${prefix}:${groups.join(":")}::${prng.int(1, 0xff).toString(16)}`;
  }
  const octets = prefix.split(".");
  while (octets.length < 3) octets.push(String(prng.int(0, 255)));
  octets.push(String(prng.int(1, 254)));
  return octets.join(".");
}

export function createOfficeIps(prng: Prng): OfficeIps {
  const offices: OfficeIps = new Map();
  for (const [country, nets] of Object.entries(NETWORKS)) {
    const third = prng.int(0, 255);
    const region = ZONES.find((z) => z.country === country)?.regions[0] ?? nets.travelRegions[0];
    const ips: SimIp[] = [];
    for (let k = 0; k < 4; k++) {
      ips.push({ ip: `${nets.office.prefixes[0]}.${third}.${10 + k}`, isp: nets.office.name, country, region });
    }
    offices.set(country, ips);
  }
  return offices;
}

function chooseClientKinds(prng: Prng): ClientKind[] {
  const platform = prng.next();
  const kinds: ClientKind[] = [];
  if (platform < 0.95 && prng.chance(0.85)) kinds.push(platform < 0.55 ? "desktop_mac" : "desktop_windows");
  if (prng.chance(0.75)) kinds.push(platform < 0.55 ? (prng.chance(0.75) ? "ios" : "android") : prng.chance(0.45) ? "ios" : "android");
  if (kinds.length === 0 || prng.chance(0.35)) kinds.push("browser");
  if (kinds.length < 5 && prng.chance(0.08)) kinds.push("ios"); // a tablet
  if (kinds.length < 5 && prng.chance(0.05)) kinds.push("browser"); // a second browser
  return kinds;
}

/**
 * Gives a user 1–5 clients, a few IPs (home, maybe an office, a mobile carrier) and the (client, ip)
 * pairs they sign in with. Travellers also get pairs in another country that only they use abroad.
 */
export function assignDevices(user: SimUser, offices: OfficeIps, prng: Prng): void {
  const zone = ZONES.find((z) => z.tz === user.tz) ?? ZONES[0];
  const nets = NETWORKS[zone.country];
  const region = prng.pick(zone.regions);
  const kinds = chooseClientKinds(prng);
  const variant = prng.int(0, 1023);
  user.clients = kinds.map((kind, i) => ({ kind, userAgent: userAgentFor(kind, variant + i * 7) }));

  const homeIsp = prng.pick(nets.home);
  user.ips = [{ ip: randomAddress(prng, homeIsp), isp: homeIsp.name, country: zone.country, region }];
  const home = 0;
  let office = -1;
  if (user.role !== "multi_channel_guest" && user.role !== "single_channel_guest" && prng.chance(0.6)) {
    user.ips.push(prng.pick(offices.get(zone.country) ?? []));
    office = user.ips.length - 1;
  }
  let mobile = -1;
  if (kinds.some(isMobile)) {
    const carrier = prng.pick(nets.mobile);
    user.ips.push({ ip: randomAddress(prng, carrier), isp: carrier.name, country: zone.country, region });
    mobile = user.ips.length - 1;
  }

  const combos: SimCombo[] = [];
  user.clients.forEach((client, c) => {
    if (isMobile(client.kind)) {
      combos.push({ client: c, ip: mobile, weight: 2, travel: false });
      combos.push({ client: c, ip: home, weight: 1, travel: false });
    } else {
      combos.push({ client: c, ip: home, weight: 3, travel: false });
      if (office >= 0) combos.push({ client: c, ip: office, weight: 5, travel: false });
    }
  });

  const travelCombos: SimCombo[] = [];
  if (user.plan.kind === "traveller") {
    const country = prng.pick(TRAVEL_COUNTRIES.filter((c) => c !== zone.country));
    const abroad = NETWORKS[country];
    const travelRegion = prng.pick(abroad.travelRegions);
    const hotel = prng.pick(abroad.home);
    user.ips.push({ ip: randomAddress(prng, hotel), isp: hotel.name, country, region: travelRegion });
    const laptop = user.clients.findIndex((c) => !isMobile(c.kind));
    travelCombos.push({ client: laptop >= 0 ? laptop : 0, ip: user.ips.length - 1, weight: 3, travel: true });
    const phone = user.clients.findIndex((c) => isMobile(c.kind));
    if (phone >= 0) {
      const roaming = prng.pick(abroad.mobile);
      user.ips.push({ ip: randomAddress(prng, roaming), isp: roaming.name, country, region: travelRegion });
      travelCombos.push({ client: phone, ip: user.ips.length - 1, weight: 2, travel: true });
    }
  }
  // Keep the heaviest home pairs when over the cap; travel pairs always survive.
  combos.sort((a, b) => b.weight - a.weight);
  user.combos = [...combos.slice(0, MAX_COMBOS - travelCombos.length), ...travelCombos];
}
