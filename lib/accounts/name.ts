/** How an account is named on screen: Slack's display name, else real name, user name, then its id. */
export function accountName(a: { displayName: string | null; realName: string | null; userName: string | null; nativeId: string }): string {
  return a.displayName || a.realName || a.userName || a.nativeId;
}
