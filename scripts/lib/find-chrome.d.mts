// Types for find-chrome.mjs (plain JavaScript so `npm run demo` needs no TypeScript step).
export const ENV_VARS: readonly string[];
export interface FoundChrome {
  path: string;
  /** The environment variable that named it, or "found" for a usual location. */
  source: string;
  /** Google Chrome 137+ ignores --load-extension. */
  branded: boolean;
}
export type InstallHint =
  | { canInstall: true; command: string; args: string[]; text: string }
  | { canInstall: false; text: string };
export function candidatePaths(env?: Record<string, string | undefined>, platform?: string): string[];
export function isBrandedChrome(path: string): boolean;
export function findChrome(
  env?: Record<string, string | undefined>,
  fs?: { existsSync(path: string): boolean },
  platform?: string,
): FoundChrome | null;
export function parseOsRelease(text?: string): { id: string; idLike: string[] };
export function installHint(platform?: string, osRelease?: string, isRoot?: boolean): InstallHint;
