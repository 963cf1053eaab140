// Team packs on the wire (issue 5): what a poll costs when nothing changed, and what taking a new release
// costs, against a real static host on 127.0.0.1. Bytes are response bodies the host sent.
import { formatPack } from '../utils/pack/format';
import { BUNDLED_PACKS } from '../utils/pack/bundled';
import { pollSubscription, type PollOptions, type Subscription, type SubscriptionState } from '../utils/subscriptions/poll';
import { verifyRelease } from '../utils/release/crypto';
import { newKeys, PackHost, publish } from '../tests/subscriptions/server';
import { measureAsync, type Figure } from './measure';

export async function benchPacks(): Promise<Figure[]> {
  const host = new PackHost();
  await host.start();
  try {
    const keys = await newKeys();
    // A full-size release: the bundled English pack re-published as a team pack.
    const english = BUNDLED_PACKS.find((pack) => pack.locale === 'en')!;
    const pack = { ...english, id: 'bench-team', version: '1.0.0' };
    const packText = formatPack(pack);
    const { manifest } = await publish(host, keys, pack, packText);
    const sub: Subscription = { url: host.url('/team/manifest.json'), publicKey: keys.publicKey, addedBy: 'agent' };
    const options = (hostAccess: boolean): PollOptions => ({ fetch, hostAccess: async () => hostAccess });

    const first = await pollSubscription(sub, {}, options(true));
    if (first.outcome !== 'activated') throw new Error(`bench release was not activated: ${first.state.failure?.reason}`);
    const active: SubscriptionState = first.state;

    const bodyBytes = async (work: () => Promise<unknown>) => {
      host.log.length = 0;
      await work();
      return { requests: host.log.length, bytes: host.log.reduce((sum, r) => sum + r.bytesSent, 0) };
    };
    const withEtag = await bodyBytes(() => pollSubscription(sub, active, options(true)));
    const withoutPermission = await bodyBytes(() => pollSubscription(sub, active, options(false)));
    const newRelease = await bodyBytes(() => pollSubscription(sub, {}, options(true)));

    return [
      await measureAsync('no-change poll, host granted (If-None-Match → 304)', 200, async () => {
        await pollSubscription(sub, active, options(true));
      }, `${withEtag.requests} request, ${withEtag.bytes} body bytes, no pack fetch, no crypto`),
      await measureAsync('no-change poll, CORS host (manifest re-read, hash compared)', 200, async () => {
        await pollSubscription(sub, active, options(false));
      }, `${withoutPermission.requests} request, ${withoutPermission.bytes} body bytes (Node has no HTTP cache; a browser revalidates to 304)`),
      await measureAsync(`take a new ${Math.round(packText.length / 1024)} KB release (fetch, verify, validate)`, 30, async () => {
        await pollSubscription(sub, {}, options(true));
      }, `${newRelease.requests} requests, ${newRelease.bytes} body bytes`),
      await measureAsync('verifyRelease alone (SHA-256 + Ed25519)', 100, async () => {
        const result = await verifyRelease(manifest, packText, keys.publicKey);
        if (!result.ok) throw new Error(result.detail);
      }),
    ];
  } finally {
    await host.stop();
  }
}
