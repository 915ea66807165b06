/**
 * Slack clients and the user-agent strings each one reports to the access log. Versions vary by user so
 * a workspace shows the spread of releases a real fleet has.
 */

export type ClientKind = "desktop_mac" | "desktop_windows" | "ios" | "android" | "browser";

const DESKTOP_BUILDS: readonly { slack: string; chrome: string; electron: string }[] = [
  { slack: "4.41.105", chrome: "130.0.6723.137", electron: "33.2.1" },
  { slack: "4.40.128", chrome: "128.0.6613.186", electron: "32.2.5" },
  { slack: "4.39.95", chrome: "126.0.6478.234", electron: "31.3.1" },
  { slack: "4.38.125", chrome: "124.0.6367.243", electron: "30.1.2" },
];

const MOBILE_VERSIONS: readonly string[] = ["24.11.10", "24.10.20", "24.10.10", "24.09.30", "24.08.20"];
const IOS_VERSIONS: readonly string[] = ["18.1.1", "18.0.1", "17.6.1", "17.5.1"];
const IOS_DEVICES: readonly { device: string; scale: string }[] = [
  { device: "iPhone", scale: "3.00" },
  { device: "iPhone", scale: "2.00" },
  { device: "iPad", scale: "2.00" },
];
const ANDROID_DEVICES: readonly string[] = ["Pixel 8 Pro", "Pixel 7", "SM-S918B", "SM-A546B", "OnePlus 12"];
const ANDROID_VERSIONS: readonly string[] = ["15", "14", "13"];

const BROWSERS: readonly string[] = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
];

const userAgentCache = new Map<string, string>();

/**
 * The user agent for a client kind; `variant` picks the release so it is stable per user. Strings are
 * shared between users (there are only a few hundred distinct ones), which keeps a 100k workspace small.
 */
export function userAgentFor(kind: ClientKind, variant: number): string {
  const key = `${kind}:${variant & 1023}`;
  let ua = userAgentCache.get(key);
  if (ua === undefined) {
    ua = buildUserAgent(kind, variant & 1023);
    userAgentCache.set(key, ua);
  }
  return ua;
}

function buildUserAgent(kind: ClientKind, variant: number): string {
  switch (kind) {
    case "desktop_mac": {
      const b = DESKTOP_BUILDS[variant % DESKTOP_BUILDS.length];
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/${b.slack} Chrome/${b.chrome} Electron/${b.electron} Safari/537.36 Sonic Slack_SSB/${b.slack}`;
    }
    case "desktop_windows": {
      const b = DESKTOP_BUILDS[variant % DESKTOP_BUILDS.length];
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/${b.slack} Chrome/${b.chrome} Electron/${b.electron} Safari/537.36 Sonic Slack_SSB/${b.slack}`;
    }
    case "ios": {
      const app = MOBILE_VERSIONS[variant % MOBILE_VERSIONS.length];
      const os = IOS_VERSIONS[(variant >> 3) % IOS_VERSIONS.length];
      const d = IOS_DEVICES[(variant >> 5) % IOS_DEVICES.length];
      const osName = d.device === "iPad" ? "iPadOS" : "iOS";
      return `com.tinyspeck.chatlyio/${app} (${d.device}; ${osName} ${os}; Scale/${d.scale})`;
    }
    case "android": {
      const app = MOBILE_VERSIONS[variant % MOBILE_VERSIONS.length];
      const os = ANDROID_VERSIONS[(variant >> 3) % ANDROID_VERSIONS.length];
      const device = ANDROID_DEVICES[(variant >> 5) % ANDROID_DEVICES.length];
      return `Slack/${app}.0 (com.Slack; Android ${os}; ${device})`;
    }
    case "browser":
      return `SlackWeb ${BROWSERS[variant % BROWSERS.length]}`;
  }
}

export function isMobile(kind: ClientKind): boolean {
  return kind === "ios" || kind === "android";
}
