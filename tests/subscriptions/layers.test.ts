import { describe, expect, it } from 'vitest';
import { activeLayers, activePacks } from '../../utils/subscriptions/layers';
import { BUNDLED_PACKS } from '../../utils/pack/bundled';
import type { Pack } from '../../utils/pack/schema';
import type { ActiveRelease, SubscriptionState } from '../../utils/subscriptions/poll';
import { makePack } from './server';

function release(pack: object): ActiveRelease {
  const p = pack as Pack;
  return {
    manifest: { format: 1, packId: p.id, version: p.version, locale: p.locale, sha256: '0'.repeat(64), signature: 'AAAA', keyId: '0'.repeat(16), publishedAt: '2026-11-23T12:00:00.000Z', pack: 'p.json' },
    packText: JSON.stringify(pack),
    activatedAt: '2026-11-23T12:00:00.000Z',
  };
}

describe('activeLayers', () => {
  it('orders bundled, then subscriptions in order, then the local import', () => {
    const team: SubscriptionState = { active: release(makePack('1.0.0', 'Team answer.', 'team')) };
    const region: SubscriptionState = { active: release(makePack('2.0.0', 'Region answer.', 'region')) };
    const local = makePack('0.1.0', 'My own answer.', 'mine') as Pack;
    const layers = activeLayers([{ url: 'https://a/team.json', state: team }, { url: 'https://b/region.json', state: region }], [local]);
    expect(layers.map((l) => [l.source, l.pack.id, l.url])).toEqual([
      ...BUNDLED_PACKS.map((p) => ['bundled', p.id, undefined]),
      ['subscription', 'team', 'https://a/team.json'],
      ['subscription', 'region', 'https://b/region.json'],
      ['local', 'mine', undefined],
    ]);
    expect(activePacks([{ url: 'https://a/team.json', state: team }], [local]).map((p) => p.id)).toEqual([...BUNDLED_PACKS.map((p) => p.id), 'team', 'mine']);
  });

  it('leaves out subscriptions with nothing active and stored releases that no longer parse', () => {
    const pending: SubscriptionState = { failure: { reason: 'network', detail: 'down', at: '2026-11-23T12:00:00.000Z', count: 1 } };
    const broken: SubscriptionState = { active: { ...release(makePack('1.0.0')), packText: '{"id": 1}' } };
    const layers = activeLayers([{ url: 'https://a', state: pending }, { url: 'https://b', state: broken }]);
    expect(layers.every((l) => l.source === 'bundled')).toBe(true);
  });
});
