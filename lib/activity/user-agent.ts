import type { Client } from "./types";

/**
 * Which Slack client an access-log user agent belongs to. Slack reports the raw header, so this
 * goes by the markers each client puts there:
 * - iOS/iPadOS app: `com.tinyspeck.chatlyio/<ver> (iPhone; iOS 18.1.1; Scale/3.00)`
 * - Android app:    `Slack/24.11.10.0 (com.Slack; Android 15; Pixel 8 Pro)`
 * - desktop app:    an Electron UA with `Slack/<ver>` … `Electron/<ver>` … `Slack_SSB/<ver>`
 * - web client:     `SlackWeb Mozilla/5.0 (…)`, or any plain browser UA
 * Mobile apps are matched first because their UAs also carry `Slack/`. A phone's browser counts as
 * "browser": the question is which Slack client was used, not which device.
 */
const IOS = /com\.tinyspeck\.chatlyio|\bSlack(?:\/[\d.]+)?\s*\((?:iPhone|iPad|iPod)\b|\bslack-ios\b/i;
const ANDROID = /\bcom\.Slack\b|\bSlack\/[\d.]+\s*\([^)]*\bAndroid\b|\bslack-android\b/i;
const DESKTOP = /\bSlack_SSB\/|\bElectron\/[\d.]+.*\bSlack\/|\bSlack\/[\d.]+.*\bElectron\/|\bSlackDesktop\b/i;
const BROWSER = /^SlackWeb\b|\bMozilla\/\d|\bAppleWebKit\/|\bGecko\/|\bChrome\/|\bSafari\/|\bFirefox\/|\bEdg\//i;

export function clientFromUserAgent(userAgent: string | null | undefined): Client {
  const ua = (userAgent ?? "").trim();
  if (!ua) return "other";
  if (IOS.test(ua)) return "ios";
  if (ANDROID.test(ua)) return "android";
  if (DESKTOP.test(ua)) return "desktop";
  if (BROWSER.test(ua)) return "browser";
  return "other";
}
