import { pollAll, subscriptionsItem } from './store';
import type { PollOptions } from './poll';

export const POLL_ALARM = 'attune-pack-poll';
export const DEFAULT_INTERVAL_MINUTES = 15;
/** Chrome refuses alarms more often than every 30 seconds in packed extensions. */
const MIN_MINUTES = 0.5;

interface Listenable<T extends unknown[]> {
  addListener(callback: (...args: T) => void): void;
}
/** The part of `browser.alarms` used here; structural so tests can pass fakeBrowser. */
interface Alarms {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
  onAlarm: Listenable<[{ name: string }]>;
}

/**
 * (Re)creates the periodic poll alarm. The first run is jittered over one interval so a team's browsers,
 * started together at 9:00, do not all hit the pack host in the same second. An alarm that already has
 * this period is kept, so a service-worker restart does not postpone the next poll.
 */
export async function schedulePolling(alarms: Alarms, intervalMinutes = DEFAULT_INTERVAL_MINUTES, random: () => number = Math.random) {
  const period = Math.max(MIN_MINUTES, intervalMinutes);
  const existing = await alarms.get(POLL_ALARM);
  if (existing?.periodInMinutes === period) return;
  await alarms.create(POLL_ALARM, { delayInMinutes: Math.max(MIN_MINUTES, period * random()), periodInMinutes: period });
}

export interface PollingHandle {
  /** Resolves when the poll triggered by the latest event has finished (tests wait on it). */
  idle(): Promise<void>;
}

/**
 * Background wiring: poll on the alarm, on browser start and when a subscription is added. Polls never
 * overlap: an event during a poll runs one more poll after it. The alarm itself is (re)created by the policy
 * sync (policy.ts), which runs at every start with or without a policy: one scheduler, so a default interval
 * can never overwrite the policy's when the two start-up paths finish in the other order.
 */
export function startPackPolling(
  browser: { alarms?: Pick<Alarms, 'onAlarm'>; runtime: { onStartup: Listenable<[]> } },
  options: Omit<PollOptions, 'fetch'> & { fetch?: PollOptions['fetch'] } = {},
): PollingHandle {
  let running: Promise<void> = Promise.resolve();
  const fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const run = (force: boolean) => {
    running = running.then(() => pollAll({ ...options, fetch: fetcher, force }).then(() => undefined)).catch(() => undefined);
  };
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) run(false);
  });
  // On browser start the back-off is kept: a host that was failing is not hammered by every restart.
  browser.runtime.onStartup.addListener(() => run(false));
  subscriptionsItem.watch((next, before) => {
    const known = new Set((before ?? []).map((s) => s.url));
    if ((next ?? []).some((s) => !known.has(s.url))) run(false);
  });
  return { idle: () => running };
}
