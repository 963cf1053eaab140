import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import type { Subscription } from './poll';
import { isAllowedPackUrl, normalizeSubscriptions, subscriptionStatesItem, subscriptionsItem } from './store';
import { DEFAULT_INTERVAL_MINUTES, schedulePolling } from './schedule';
import { isLockableSetting, LOCKABLE_SETTING_NAMES } from '../settings/locked';

/**
 * Enterprise policy for team packs. Chrome fills `storage.managed` from public/managed_schema.json; Firefox
 * maps policies.json "3rdparty" → "Extensions" → "attune@attune.dev" to the same area. Keys as in the schema.
 */
export interface PolicyProblem {
  /** Dotted path inside the policy, e.g. `packUrls.1`, `publisherKeys`. */
  path: string;
  message: string;
}

export interface PolicyResult {
  subscriptions: Subscription[];
  intervalMinutes?: number;
  locked: string[];
  problems: PolicyProblem[];
}

/** What the options page reads: which settings the admin locked, the interval in force, and why entries were skipped. */
export interface ManagedPolicyState {
  active: boolean;
  locked: string[];
  intervalMinutes?: number;
  problems: PolicyProblem[];
}

export const managedPolicyItem = storage.defineItem<ManagedPolicyState>('local:managedPolicy', {
  fallback: { active: false, locked: [], problems: [] },
  version: 1,
  migrations: {},
});

const KNOWN_KEYS = ['packUrls', 'publisherKeys', 'updateIntervalMinutes', 'lockedSettings'] as const;
const packUrlSchema = z.string().refine(isAllowedPackUrl, 'must be an https:// URL without credentials');
// Same shape as store.ts pins: raw 32-byte Ed25519 key in base64.
const publisherKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 Ed25519 public key (32 bytes)');
const intervalSchema = z.number().int('must be a whole number of minutes').min(1, 'must be at least 1');
const lockedSchema = z.string().min(1, 'must be a setting name');

/** Managed storage is {} or unreadable where no policy exists; both mean "no policy". */
export function isNoPolicy(managed: unknown): boolean {
  return managed === undefined || managed === null || (typeof managed === 'object' && !Array.isArray(managed) && Object.keys(managed).length === 0);
}

function message(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join('; ');
}

/** Parses a list key item by item, so one bad entry never drops its neighbours. Entries that fail are `undefined`. */
function parseList<T>(raw: Record<string, unknown>, key: string, item: z.ZodType<T>, problems: PolicyProblem[]): (T | undefined)[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path: key, message: 'must be a list of strings' });
    return undefined;
  }
  return value.map((entry, i) => {
    const parsed = item.safeParse(entry);
    if (parsed.success) return parsed.data;
    problems.push({ path: `${key}.${i}`, message: message(parsed.error) });
    return undefined;
  });
}

/**
 * Applies a managed policy to the stored subscriptions. Never throws: bad entries are reported by path and
 * skipped. Policy subscriptions come first, in policy order (the layers beneath the agent's own), then the
 * agent's, untouched. A URL the agent had subscribed becomes policy (locked) with the policy's key. A policy
 * subscription whose URL left the policy is removed; one whose URL is still listed but whose key entry is
 * broken keeps its earlier pin, so an admin's typo does not drop a team's active pack.
 */
export function applyManagedPolicy(managed: unknown, current: readonly Subscription[]): PolicyResult {
  const problems: PolicyProblem[] = [];
  const stored = normalizeSubscriptions(current);
  let raw: Record<string, unknown> = {};
  if (!isNoPolicy(managed)) {
    if (typeof managed !== 'object' || Array.isArray(managed)) problems.push({ path: '', message: 'policy must be an object' });
    else raw = managed as Record<string, unknown>;
  }
  for (const key of Object.keys(raw)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) problems.push({ path: key, message: 'unknown policy key, ignored' });
  }

  const urls = parseList(raw, 'packUrls', packUrlSchema, problems) ?? [];
  const keys = parseList(raw, 'publisherKeys', publisherKeySchema, problems);
  const policyUrls = urls.filter((url): url is string => url !== undefined);

  // Which key pins packUrls[i]: publisherKeys[i], or the only key for all. Anything else is ambiguous.
  const keyFor = (i: number): string | undefined => {
    if (!keys) return undefined;
    if (keys.length === 1) return keys[0];
    return keys.length === urls.length ? keys[i] : undefined;
  };
  if (policyUrls.length > 0) {
    if (!keys || keys.length === 0) problems.push({ path: 'publisherKeys', message: 'required: one key for every pack URL, or a single key for all' });
    else if (keys.length !== 1 && keys.length !== urls.length) {
      problems.push({ path: 'publisherKeys', message: `has ${keys.length} keys for ${urls.length} pack URLs: give one per URL, in the same order, or a single key` });
    }
  }

  const policySubs: Subscription[] = [];
  const seen = new Set<string>();
  urls.forEach((url, i) => {
    if (url === undefined) return;
    if (seen.has(url)) {
      problems.push({ path: `packUrls.${i}`, message: 'duplicate pack URL, ignored' });
      return;
    }
    seen.add(url);
    const publicKey = keyFor(i);
    if (publicKey) {
      policySubs.push({ url, publicKey, addedBy: 'policy' });
      return;
    }
    const earlier = stored.find((s) => s.url === url && s.addedBy === 'policy');
    if (earlier) policySubs.push(earlier);
    if (keys && keys.length === urls.length) problems.push({ path: `packUrls.${i}`, message: 'skipped: its publisher key is invalid' });
  });

  const agentSubs = stored.filter((s) => s.addedBy === 'agent' && !seen.has(s.url));
  const subscriptions = [...policySubs, ...agentSubs];

  let intervalMinutes: number | undefined;
  if (raw.updateIntervalMinutes !== undefined) {
    const parsed = intervalSchema.safeParse(raw.updateIntervalMinutes);
    if (parsed.success) intervalMinutes = parsed.data;
    else problems.push({ path: 'updateIntervalMinutes', message: message(parsed.error) });
  }

  // Only names the options page enforces are stored: a typo must show up as a problem, not as a lock that does nothing.
  const locked: string[] = [];
  (parseList(raw, 'lockedSettings', lockedSchema, problems) ?? []).forEach((name, i) => {
    if (name === undefined) return;
    if (!isLockableSetting(name)) problems.push({ path: `lockedSettings.${i}`, message: `unknown setting "${name}"; known: ${LOCKABLE_SETTING_NAMES.join(', ')}` });
    else if (!locked.includes(name)) locked.push(name);
  });
  return { subscriptions, intervalMinutes, locked, problems };
}

interface Listenable<T extends unknown[]> {
  addListener(callback: (...args: T) => void): void;
}
/** The part of `browser` used here; structural so tests can pass fakeBrowser. */
export interface PolicyBrowser {
  storage: {
    managed?: { get(keys?: null): Promise<Record<string, unknown>> };
    onChanged: Listenable<[Record<string, unknown>, string]>;
  };
  alarms?: Parameters<typeof schedulePolling>[0];
}

/** Firefox without policies.json (and browsers without the area) throw here: no policy. */
export async function readManagedPolicy(browser: PolicyBrowser): Promise<unknown> {
  try {
    return (await browser.storage.managed?.get(null)) ?? {};
  } catch {
    return {};
  }
}

const sameSubscriptions = (a: readonly Subscription[], b: readonly Subscription[]) =>
  a.length === b.length && a.every((s, i) => s.url === b[i]?.url && s.publicKey === b[i]?.publicKey && s.addedBy === b[i]?.addedBy);

/** Reads the policy, stores the subscriptions and the lock list, reschedules polling. */
export async function syncManagedPolicy(browser: PolicyBrowser, random?: () => number): Promise<PolicyResult> {
  const managed = await readManagedPolicy(browser);
  const before = normalizeSubscriptions(await subscriptionsItem.getValue());
  const result = applyManagedPolicy(managed, before);
  if (!sameSubscriptions(before, result.subscriptions)) {
    await subscriptionsItem.setValue(result.subscriptions);
    // A removed URL takes its pack text with it; a re-pinned key drops what the old key verified.
    const kept = new Map(result.subscriptions.map((s) => [s.url, s.publicKey]));
    const states = await subscriptionStatesItem.getValue();
    const pruned = Object.fromEntries(
      Object.entries(states).filter(([url]) => kept.has(url) && before.find((s) => s.url === url)?.publicKey === kept.get(url)),
    );
    if (Object.keys(pruned).length !== Object.keys(states).length) await subscriptionStatesItem.setValue(pruned);
  }
  await managedPolicyItem.setValue({
    active: !isNoPolicy(managed),
    locked: result.locked,
    ...(result.intervalMinutes === undefined ? {} : { intervalMinutes: result.intervalMinutes }),
    problems: result.problems,
  });
  if (browser.alarms) await schedulePolling(browser.alarms, result.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES, random).catch(() => undefined);
  return result;
}

export interface PolicyHandle {
  /** Resolves when the sync triggered by the latest change has finished (tests wait on it). */
  idle(): Promise<void>;
}

/** Background wiring: apply at start and whenever the admin changes the policy while the browser runs. */
export function startManagedPolicy(browser: PolicyBrowser, random?: () => number): PolicyHandle {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(() => syncManagedPolicy(browser, random).then(() => undefined)).catch(() => undefined);
  };
  run();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') run();
  });
  return { idle: () => running };
}
