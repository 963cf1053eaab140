import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { rollback } from './layers';
import { isDue, pollSubscription, withFailure, type PollOptions, type PollOutcome, type Subscription, type SubscriptionState } from './poll';

/**
 * Subscriptions live in storage.local, not sync: policy ones come from managed storage on every machine, and
 * an agent's own subscription pins a key that should be reviewed per browser. Versioned so a later shape
 * migrates what agents saved.
 */
export const subscriptionsItem = storage.defineItem<Subscription[]>('local:packSubscriptions', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** Per subscription URL: active and previous release (with pack text), last check, failure, back-off. */
export const subscriptionStatesItem = storage.defineItem<Record<string, SubscriptionState>>('local:packSubscriptionStates', {
  fallback: {},
  version: 1,
  migrations: {},
});

/**
 * When each subscription was last checked, beside its state: a poll that changes nothing (the usual case,
 * every 15 minutes) writes only this small item, not the states with their pack texts, which can be
 * megabytes and reach every open extension page through storage.onChanged.
 */
export const lastChecksItem = storage.defineItem<Record<string, string>>('local:packLastChecks', {
  fallback: {},
  version: 1,
  migrations: {},
});

/** The later of the state's own last check and the quiet one recorded in lastChecksItem. */
export function lastCheckOf(state: SubscriptionState | undefined, lastChecks: Record<string, string> | null | undefined, url: string): string | undefined {
  const quiet = lastChecks?.[url];
  const own = state?.lastCheck;
  if (!quiet) return own;
  if (!own) return quiet;
  return Date.parse(quiet) > Date.parse(own) ? quiet : own;
}

/** True when a poll changed nothing but the time of the check. */
function onlyCheckedAgain(before: SubscriptionState, after: SubscriptionState): boolean {
  return (
    after.active === before.active &&
    after.previous === before.previous &&
    after.etag === before.etag &&
    after.skipSha256 === before.skipSha256 &&
    after.backoffUntil === before.backoffUntil &&
    !after.failure &&
    !before.failure
  );
}

/** https only, except the loopback host a lead or a test serves from; no credentials in the URL. */
export function isAllowedPackUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
}

const subscriptionSchema = z.object({
  url: z.string().refine(isAllowedPackUrl, 'must be an https:// URL'),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 Ed25519 public key (32 bytes)'),
  addedBy: z.enum(['agent', 'policy']),
});

/** Keeps well-formed subscriptions, one per URL, first one wins; storage may hold anything. */
export function normalizeSubscriptions(value: unknown): Subscription[] {
  const seen = new Set<string>();
  const out: Subscription[] = [];
  for (const entry of Array.isArray(value) ? value : []) {
    const parsed = subscriptionSchema.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.url)) continue;
    seen.add(parsed.data.url);
    out.push({ url: parsed.data.url, publicKey: parsed.data.publicKey, addedBy: parsed.data.addedBy });
  }
  return out;
}

export async function readSubscriptions(): Promise<Subscription[]> {
  return normalizeSubscriptions(await subscriptionsItem.getValue());
}

export type AddResult = { ok: true } | { ok: false; problem: string };

/** Adds a subscription at the end (the top of the subscribed layers), pinning its publisher key. */
export async function addSubscription(sub: Subscription): Promise<AddResult> {
  const parsed = subscriptionSchema.safeParse(sub);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const current = await readSubscriptions();
  if (current.some((s) => s.url === sub.url)) return { ok: false, problem: 'already subscribed' };
  await subscriptionsItem.setValue([...current, { url: sub.url, publicKey: sub.publicKey, addedBy: sub.addedBy }]);
  return { ok: true };
}

/** An agent cannot remove what policy added; the state (and its pack text) goes with the subscription. */
export async function removeSubscription(url: string, by: 'agent' | 'policy'): Promise<boolean> {
  const current = await readSubscriptions();
  const target = current.find((s) => s.url === url);
  if (!target || (target.addedBy === 'policy' && by !== 'policy')) return false;
  await subscriptionsItem.setValue(current.filter((s) => s.url !== url));
  const states = { ...(await subscriptionStatesItem.getValue()) };
  delete states[url];
  await subscriptionStatesItem.setValue(states);
  const { [url]: _gone, ...checks } = await lastChecksItem.getValue();
  await lastChecksItem.setValue(checks);
  return true;
}

export interface PollAllReport {
  url: string;
  outcome: PollOutcome | 'backing-off';
  bytes: number;
}

/**
 * Whether Attune holds the host permission for a pack URL (the agent granted it when subscribing). Policy
 * subscriptions usually have none: their host must then allow CORS, and the poller keeps its requests simple.
 */
export async function hasHostAccess(url: URL): Promise<boolean> {
  // Match patterns carry no port, as in the options page's request.
  return browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] });
}

/**
 * Polls every subscription that is not backing off, one after another (a team has a handful), and saves
 * each new state as soon as it is known. `force` ignores back-off (the options page's "check now").
 */
export async function pollAll(options: PollOptions & { force?: boolean }): Promise<PollAllReport[]> {
  const now = options.now ?? (() => new Date());
  const reports: PollAllReport[] = [];
  for (const sub of await readSubscriptions()) {
    const state = (await subscriptionStatesItem.getValue())[sub.url] ?? {};
    if (!options.force && !isDue(state, now())) {
      reports.push({ url: sub.url, outcome: 'backing-off', bytes: 0 });
      continue;
    }
    const result = await pollSubscription(sub, state, { hostAccess: hasHostAccess, ...options });
    let outcome: PollOutcome = result.outcome;
    // Re-read before writing: the options page may have rolled back or removed meanwhile.
    const latest = await subscriptionStatesItem.getValue();
    const stillSubscribed = (await readSubscriptions()).some((s) => s.url === sub.url);
    if (stillSubscribed && latest[sub.url]?.active?.manifest.sha256 === state.active?.manifest.sha256) {
      try {
        if (onlyCheckedAgain(state, result.state) && result.state.lastCheck) {
          await lastChecksItem.setValue({ ...(await lastChecksItem.getValue()), [sub.url]: result.state.lastCheck });
        } else {
          await subscriptionStatesItem.setValue({ ...latest, [sub.url]: result.state });
        }
      } catch (error) {
        // Quota: the new release is dropped, the stored (last good) one stays; say why, without the pack.
        outcome = 'failed';
        const detail = `could not save the release: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200);
        await subscriptionStatesItem.setValue({ ...latest, [sub.url]: withFailure(state, { reason: 'storage', detail }, now(), options.random) }).catch(() => undefined);
      }
    }
    reports.push({ url: sub.url, outcome, bytes: result.bytes });
  }
  return reports;
}

/** The options page's "switch back": see `rollback` in layers.ts. Returns false when there is nothing to go back to. */
export async function rollbackSubscription(url: string): Promise<boolean> {
  const states = await subscriptionStatesItem.getValue();
  const state = states[url];
  if (!state?.previous || !state.active) return false;
  await subscriptionStatesItem.setValue({ ...states, [url]: rollback(state) });
  return true;
}
