/**
 * Where people are and how they reach Slack: time zones with their country and regions, home and mobile
 * ISPs with plausible address blocks, office uplinks, and countries travellers visit.
 */

export interface ZoneSpec {
  tz: string;
  label: string;
  offsetSeconds: number;
  country: string;
  regions: readonly string[];
  weight: number;
}

export const ZONES: readonly ZoneSpec[] = [
  { tz: "America/Los_Angeles", label: "Pacific Standard Time", offsetSeconds: -28800, country: "US", regions: ["CA", "WA", "OR"], weight: 22 },
  { tz: "America/Denver", label: "Mountain Standard Time", offsetSeconds: -25200, country: "US", regions: ["CO", "UT"], weight: 5 },
  { tz: "America/Chicago", label: "Central Standard Time", offsetSeconds: -21600, country: "US", regions: ["IL", "TX", "MN"], weight: 12 },
  { tz: "America/New_York", label: "Eastern Standard Time", offsetSeconds: -18000, country: "US", regions: ["NY", "MA", "GA", "FL"], weight: 21 },
  { tz: "Europe/London", label: "Greenwich Mean Time", offsetSeconds: 0, country: "GB", regions: ["ENG", "SCT"], weight: 12 },
  { tz: "Europe/Berlin", label: "Central European Time", offsetSeconds: 3600, country: "DE", regions: ["BE", "BY", "HH"], weight: 8 },
  { tz: "Asia/Kolkata", label: "India Standard Time", offsetSeconds: 19800, country: "IN", regions: ["KA", "MH", "TG"], weight: 10 },
  { tz: "Australia/Sydney", label: "Australian Eastern Daylight Time", offsetSeconds: 39600, country: "AU", regions: ["NSW", "VIC"], weight: 4 },
  { tz: "Asia/Tokyo", label: "Japan Standard Time", offsetSeconds: 32400, country: "JP", regions: ["13", "27"], weight: 3 },
  { tz: "America/Sao_Paulo", label: "Brasilia Standard Time", offsetSeconds: -10800, country: "BR", regions: ["SP", "RJ"], weight: 3 },
];

export interface IspSpec {
  name: string;
  /** First octet(s) of the IPv4 block, or an IPv6 /32 prefix such as "2607:fb90". */
  prefixes: readonly string[];
}

export interface CountryNetworks {
  home: readonly IspSpec[];
  mobile: readonly IspSpec[];
  office: IspSpec;
  /** Regions used when this is a travel destination. */
  travelRegions: readonly string[];
}

export const NETWORKS: Readonly<Record<string, CountryNetworks>> = {
  US: {
    home: [
      { name: "Comcast Cable Communications", prefixes: ["73", "98", "24"] },
      { name: "Verizon Fios", prefixes: ["71", "108"] },
      { name: "AT&T Internet", prefixes: ["99", "107"] },
      { name: "Charter Communications", prefixes: ["97", "174"] },
    ],
    mobile: [
      { name: "T-Mobile USA", prefixes: ["172.56", "2607:fb90"] },
      { name: "Verizon Wireless", prefixes: ["174.205", "2600:1010"] },
    ],
    office: { name: "Zayo Bandwidth", prefixes: ["64.125"] },
    travelRegions: ["NY", "CA"],
  },
  GB: {
    home: [{ name: "BT", prefixes: ["86", "81"] }, { name: "Virgin Media", prefixes: ["82", "94"] }, { name: "Sky Broadband", prefixes: ["90", "2.96"] }],
    mobile: [{ name: "EE Limited", prefixes: ["213.205", "2a00:23c8"] }, { name: "Vodafone UK", prefixes: ["92.40"] }],
    office: { name: "Colt Technology Services", prefixes: ["212.36"] },
    travelRegions: ["ENG"],
  },
  DE: {
    home: [{ name: "Deutsche Telekom AG", prefixes: ["84", "91"] }, { name: "Vodafone GmbH", prefixes: ["88", "95"] }],
    mobile: [{ name: "Telefonica Germany", prefixes: ["176.0", "2a02:3038"] }],
    office: { name: "Deutsche Glasfaser Business", prefixes: ["185.82"] },
    travelRegions: ["BE", "BY"],
  },
  IN: {
    home: [{ name: "Reliance Jio Infocomm", prefixes: ["49", "157"] }, { name: "Bharti Airtel", prefixes: ["122", "182"] }],
    mobile: [{ name: "Vodafone Idea", prefixes: ["106.66", "2401:4900"] }],
    office: { name: "Tata Communications", prefixes: ["115.113"] },
    travelRegions: ["KA", "MH"],
  },
  AU: {
    home: [{ name: "Telstra Internet", prefixes: ["101", "120"] }, { name: "TPG Internet", prefixes: ["110", "203.206"] }],
    mobile: [{ name: "Optus Mobile", prefixes: ["49.180", "2001:8004"] }],
    office: { name: "Telstra Business", prefixes: ["139.130"] },
    travelRegions: ["NSW"],
  },
  JP: {
    home: [{ name: "NTT Communications", prefixes: ["153", "180"] }, { name: "KDDI Corporation", prefixes: ["106", "111"] }],
    mobile: [{ name: "SoftBank Corp.", prefixes: ["126.0", "2400:2410"] }],
    office: { name: "IIJ Internet Initiative Japan", prefixes: ["210.130"] },
    travelRegions: ["13"],
  },
  BR: {
    home: [{ name: "Vivo Fibra", prefixes: ["177", "189"] }, { name: "Claro NET", prefixes: ["179", "187"] }],
    mobile: [{ name: "TIM Brasil", prefixes: ["191.246", "2804:18"] }],
    office: { name: "Vivo Empresas", prefixes: ["200.155"] },
    travelRegions: ["SP"],
  },
  FR: {
    home: [{ name: "Orange S.A.", prefixes: ["90.3", "86.2"] }],
    mobile: [{ name: "Bouygues Telecom", prefixes: ["176.140"] }],
    office: { name: "Orange Business", prefixes: ["193.252"] },
    travelRegions: ["IDF", "PAC"],
  },
  SG: {
    home: [{ name: "Singtel Fibre", prefixes: ["116.14"] }],
    mobile: [{ name: "StarHub Mobile", prefixes: ["42.60"] }],
    office: { name: "Singtel Business", prefixes: ["165.21"] },
    travelRegions: ["01"],
  },
  MX: {
    home: [{ name: "Telmex", prefixes: ["187.190"] }],
    mobile: [{ name: "Telcel", prefixes: ["189.203"] }],
    office: { name: "Telmex Empresarial", prefixes: ["200.94"] },
    travelRegions: ["CMX"],
  },
  CA: {
    home: [{ name: "Rogers Communications", prefixes: ["99.224", "174.112"] }],
    mobile: [{ name: "Bell Mobility", prefixes: ["184.151"] }],
    office: { name: "Bell Canada", prefixes: ["142.112"] },
    travelRegions: ["ON", "BC"],
  },
};

export const TRAVEL_COUNTRIES: readonly string[] = ["FR", "SG", "MX", "CA", "JP", "GB", "DE", "BR"];
