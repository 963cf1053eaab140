import { z } from 'zod';
import type { Pack } from '../pack/schema';
import { formatPath, type PackProblem } from '../pack/problems';
import { parsePack } from '../pack/parse';
import { BUNDLED_PACKS } from '../pack/bundled';
import { verifyRelease } from '../release/crypto';
import { compareVersions, type ReleaseManifest } from '../release/manifest';

/** A pack URL the agent or policy configured, with the publisher key pinned when it was added. */
export interface Subscription {
  /** URL of the release manifest (JSON); the pack path inside it is resolved against this URL. */
  url: string;
  /** Base64 raw Ed25519 public key of the publisher. */
  publicKey: string;
  addedBy: 'agent' | 'policy';
}

/** utils/release/crypto.ts `verifyRelease`; injectable so tests can count or fake verification. */
export type VerifyRelease = typeof verifyRelease;

export interface ActiveRelease {
  manifest: ReleaseManifest;
  packText: string;
  /** ETag of the manifest response that announced this release, for If-None-Match. */
  etag?: string;
  activatedAt: string;
}

export type FailureReason =
  | 'network'
  | 'timeout'
  | 'http-404'
  | 'http-4xx'
  | 'http-5xx'
  | 'too-large'
  | 'invalid-json'
  | 'manifest'
  | 'pack-id'
  | 'hash'
  | 'signature'
  | 'key'
  | 'downgrade'
  /** The active (or newest seen) version re-announced with other content: versions are immutable. */
  | 'same-version'
  | 'schema'
  /** The release verified but could not be written to storage (quota); set by pollAll. */
  | 'storage';

export interface PollFailure {
  reason: FailureReason;
  /** Short and about the transport or format only: never pack or conversation content. */
  detail: string;
  problems?: PackProblem[];
  at: string;
  /** Consecutive failures, drives the back-off. */
  count: number;
}

export interface SubscriptionState {
  active?: ActiveRelease;
  /** The last good release before `active`, kept for rollback. */
  previous?: ActiveRelease;
  /** ETag of the last manifest seen (the active release's, or a newer one that was refused). */
  etag?: string;
  lastCheck?: string;
  failure?: PollFailure;
  /** A release the agent rolled back from: announced again, it is not re-activated. */
  skipSha256?: string;
  /** No poll before this moment (ISO); set after a failure. */
  backoffUntil?: string;
}

export type PollOutcome = 'activated' | 'unchanged' | 'not-modified' | 'failed';

export interface PollResult {
  state: SubscriptionState;
  outcome: PollOutcome;
  /** Bytes of response bodies read during this poll (manifest + pack), for the no-change cost figure. */
  bytes: number;
  /** The validated pack when `outcome` is 'activated'. */
  pack?: Pack;
}

export interface PollOptions {
  fetch: typeof globalThis.fetch;
  verify?: VerifyRelease;
  now?: () => Date;
  /** 0 ≤ random() < 1, for back-off jitter. */
  random?: () => number;
  /** Packs the subscribed pack is checked against (categories and situations it may reference). */
  base?: readonly Pack[];
  maxPackBytes?: number;
  maxManifestBytes?: number;
  timeoutMs?: number;
  /**
   * Whether the extension holds a host permission for this URL. Without one the browser applies CORS: a
   * custom If-None-Match header would need a preflight most static hosts do not answer, so the request
   * stays "simple" and the browser's own cache revalidates instead. Defaults to true (Node, tests).
   */
  hostAccess?: (url: URL) => Promise<boolean>;
}

export const DEFAULT_MAX_PACK_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_MANIFEST_BYTES = 64 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const BACKOFF_BASE_MS = 15 * 60_000;
export const BACKOFF_MAX_MS = 6 * 60 * 60_000;

/** 15 min, 30, 60 … capped at 6 h, then ±20 % jitter so a team's agents do not retry in step. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const raw = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/** Only what the poller needs before the pack is fetched; the full check is verifyRelease's. */
const manifestPeek = z.looseObject({
  packId: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pack: z.string().min(1),
});

class PollError extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly detail: string,
    readonly problems?: PackProblem[],
  ) {
    super(detail);
  }
}

/**
 * Checks one subscription once. Fetches the manifest (conditionally), and the pack only when its hash
 * differs from the active one; a new release becomes active only when every check passes. Any failure
 * leaves `active` and `previous` as they were and sets a back-off. Never throws.
 */
export async function pollSubscription(sub: Subscription, state: SubscriptionState, options: PollOptions): Promise<PollResult> {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let bytes = 0;
  let privileged = true;
  const checkedAt = now().toISOString();

  try {
    const manifestUrl = new URL(sub.url);
    privileged = options.hostAccess ? await options.hostAccess(manifestUrl).catch(() => false) : true;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (privileged && state.etag && state.active) headers['If-None-Match'] = state.etag;
    const manifestResponse = await request(options.fetch, manifestUrl, headers, timeoutMs, privileged);
    if (manifestResponse.status === 304 && state.active) {
      return { state: succeeded(state, checkedAt), outcome: 'not-modified', bytes };
    }
    checkStatus(manifestResponse, 'manifest');
    const manifestText = await readLimited(manifestResponse, options.maxManifestBytes ?? DEFAULT_MAX_MANIFEST_BYTES, 'manifest');
    bytes += manifestText.bytes;
    const etag = manifestResponse.headers.get('ETag') ?? undefined;

    let manifestValue: unknown;
    try {
      manifestValue = JSON.parse(manifestText.text);
    } catch {
      throw new PollError('invalid-json', 'the manifest is not valid JSON');
    }
    const peek = manifestPeek.safeParse(manifestValue);
    if (!peek.success) {
      throw new PollError('manifest', 'the manifest is missing or has malformed fields', peek.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
    }
    const announced = peek.data;
    const floor = newestVersion(state);

    if (state.active && (announced.sha256 === state.active.manifest.sha256 || announced.sha256 === state.skipSha256)) {
      return { state: { ...succeeded(state, checkedAt), etag }, outcome: 'unchanged', bytes };
    }
    if (state.active && announced.packId !== state.active.manifest.packId) {
      throw new PollError('pack-id', `the manifest announces pack "${announced.packId}", this subscription carries "${state.active.manifest.packId}"`);
    }
    // After a rollback the active release is older than `previous`; the floor stays the newest one seen.
    if (floor && compareVersions(announced.version, floor) < 0) {
      throw new PollError('downgrade', `version ${announced.version} is older than the active ${floor}`);
    }
    // Same number, other bytes (the hash differs, or it would be 'unchanged' above): agents who already
    // took the first one would silently differ from those who take this one. The CLI refuses to sign it too.
    if (floor && compareVersions(announced.version, floor) === 0) {
      throw new PollError('same-version', `version ${announced.version} was already published with other content`);
    }

    // The pack path is relative to the manifest; it must stay on the manifest's origin so only the
    // configured host is ever contacted.
    const packUrl = new URL(announced.pack, manifestUrl);
    if (packUrl.origin !== manifestUrl.origin) throw new PollError('manifest', `the pack path leaves ${manifestUrl.origin}`);
    const packResponse = await request(options.fetch, packUrl, { Accept: 'application/json' }, timeoutMs, privileged);
    checkStatus(packResponse, 'pack');
    const packText = await readLimited(packResponse, options.maxPackBytes ?? DEFAULT_MAX_PACK_BYTES, 'pack');
    bytes += packText.bytes;

    const verified = await (options.verify ?? verifyRelease)(manifestValue, packText.text, sub.publicKey);
    if (!verified.ok) {
      const reason: FailureReason =
        verified.reason === 'hash-mismatch' ? 'hash' : verified.reason === 'bad-signature' ? 'signature' : verified.reason === 'key-mismatch' ? 'key' : 'manifest';
      throw new PollError(reason, verified.detail);
    }
    const manifest = verified.manifest;
    // Re-checked on the verified manifest: it is what gets stored.
    if (floor && compareVersions(manifest.version, floor) < 0) {
      throw new PollError('downgrade', `version ${manifest.version} is older than the active ${floor}`);
    }
    if (floor && compareVersions(manifest.version, floor) === 0) {
      throw new PollError('same-version', `version ${manifest.version} was already published with other content`);
    }

    const parsed = parsePack(packText.text, options.base ?? BUNDLED_PACKS);
    if (!parsed.ok) {
      const invalidJson = parsed.problems.length === 1 && parsed.problems[0]?.path === '(file)';
      throw new PollError(invalidJson ? 'invalid-json' : 'schema', invalidJson ? 'the pack is not valid JSON' : `${parsed.problems.length} problem(s) in the pack`, parsed.problems);
    }
    if (parsed.pack.id !== manifest.packId || parsed.pack.version !== manifest.version || parsed.pack.locale !== manifest.locale) {
      throw new PollError('manifest', 'the pack\'s id, version or locale differ from its manifest');
    }

    const active: ActiveRelease = { manifest, packText: packText.text, etag, activatedAt: checkedAt };
    return {
      state: { active, previous: state.active ?? state.previous, etag, lastCheck: checkedAt },
      outcome: 'activated',
      bytes,
      pack: parsed.pack,
    };
  } catch (error) {
    const failure = error instanceof PollError ? error : classifyFetchError(error, privileged);
    return { state: withFailure(state, failure, now(), random), outcome: 'failed', bytes };
  }
}

/**
 * The state after a failed check: active and previous untouched, the reason recorded, and the next check
 * backed off by the number of failures in a row. Also used by pollAll when a verified release cannot be saved.
 */
export function withFailure(
  state: SubscriptionState,
  failure: { reason: FailureReason; detail: string; problems?: PackProblem[] },
  at: Date,
  random: () => number = Math.random,
): SubscriptionState {
  const count = (state.failure?.count ?? 0) + 1;
  const iso = at.toISOString();
  return {
    ...state,
    lastCheck: iso,
    failure: { reason: failure.reason, detail: failure.detail, problems: failure.problems, at: iso, count },
    backoffUntil: new Date(at.getTime() + backoffMs(count, random)).toISOString(),
  };
}

/** True when the subscription may be polled now (no back-off pending). */
export function isDue(state: SubscriptionState, now: Date): boolean {
  return !state.backoffUntil || Date.parse(state.backoffUntil) <= now.getTime();
}

function newestVersion(state: SubscriptionState): string | undefined {
  const versions = [state.active?.manifest.version, state.skipSha256 ? state.previous?.manifest.version : undefined].filter((v): v is string => !!v);
  return versions.sort(compareVersions).at(-1);
}

function succeeded(state: SubscriptionState, at: string): SubscriptionState {
  const { failure: _failure, backoffUntil: _backoff, ...rest } = state;
  return { ...rest, lastCheck: at };
}

async function request(fetcher: typeof fetch, url: URL, headers: Record<string, string>, timeoutMs: number, privileged: boolean): Promise<Response> {
  // omit: a team pack is public configuration, not a session. With host access the ETag is ours (no-store);
  // without it, no-cache lets the browser revalidate its cached copy with its own conditional request.
  const cache: RequestCache = privileged ? 'no-store' : 'no-cache';
  return fetcher(url.href, { headers, cache, credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
}

function checkStatus(response: Response, what: 'manifest' | 'pack') {
  if (response.ok) return;
  void response.body?.cancel().catch(() => undefined);
  const status = response.status;
  if (status === 404) throw new PollError('http-404', `the ${what} was not found (404)`);
  if (status >= 500) throw new PollError('http-5xx', `the server answered ${status} for the ${what}`);
  throw new PollError('http-4xx', `the server answered ${status} for the ${what}`);
}

/** Reads a body as UTF-8, refusing past `limit` bytes and a body shorter than its Content-Length. */
async function readLimited(response: Response, limit: number, what: 'manifest' | 'pack'): Promise<{ text: string; bytes: number }> {
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    throw new PollError('too-large', `the ${what} is ${declared} bytes, the limit is ${limit}`);
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        void reader.cancel().catch(() => undefined);
        throw new PollError('too-large', `the ${what} is over the limit of ${limit} bytes`);
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new PollError('invalid-json', `the ${what} is not UTF-8 text`);
  }
  return { text, bytes: total };
}

function classifyFetchError(error: unknown, privileged: boolean): PollError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return new PollError('timeout', 'the server did not answer in time');
  if (error instanceof PollError) return error;
  // A connection refused, reset or a body cut short mid-stream all surface as TypeError from fetch.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  // Without a host permission a CORS refusal looks exactly like a network failure; name the likelier fix.
  const hint = privileged ? '' : ' (or the host does not send Access-Control-Allow-Origin: *)';
  return new PollError('network', `network error: ${cause}`.slice(0, 200 - hint.length) + hint);
}
