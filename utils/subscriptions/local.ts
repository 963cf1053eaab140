import { storage } from '@wxt-dev/storage';
import { primaryLanguage } from '../pack/check';
import { mergePacks, packsByLanguage } from '../pack/merge';
import { parsePack } from '../pack/parse';
import type { PackProblem } from '../pack/problems';
import type { Pack } from '../pack/schema';
import { activePacks } from './layers';
import { readSubscriptions, subscriptionStatesItem } from './store';

/**
 * The agent's imported pack files (the top layer), as the JSON text that passed parsePack: one per
 * language, a new import of the same language replaces the old. Re-validated on read like subscribed packs.
 */
export const localPacksItem = storage.defineItem<string[]>('local:packLocalImports', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** Bundled and subscribed layers: what an import is checked against and layers on top of. */
export async function readBaseLayers(): Promise<Pack[]> {
  const [subscriptions, states] = await Promise.all([readSubscriptions(), subscriptionStatesItem.getValue()]);
  return activePacks(subscriptions.map((sub) => ({ url: sub.url, state: states[sub.url] ?? {} })));
}

/** The local imports that still validate on top of `base`, with their stored text. */
export async function readLocalPacks(base?: readonly Pack[]): Promise<{ pack: Pack; text: string }[]> {
  const layers = [...(base ?? (await readBaseLayers()))];
  const out: { pack: Pack; text: string }[] = [];
  for (const text of await localPacksItem.getValue()) {
    const parsed = parsePack(text, layers);
    if (!parsed.ok) continue;
    layers.push(parsed.pack);
    out.push({ pack: parsed.pack, text });
  }
  return out;
}

export type ImportResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Validates a pack file like a subscribed release (parsePack, same problems and paths) and stores it as the local layer. */
export async function importLocalPack(text: string): Promise<ImportResult> {
  const base = await readBaseLayers();
  const parsed = parsePack(text, base);
  if (!parsed.ok) return parsed;
  const language = primaryLanguage(parsed.pack.locale);
  const others = (await readLocalPacks(base)).filter(({ pack }) => primaryLanguage(pack.locale) !== language).map(({ text: kept }) => kept);
  await localPacksItem.setValue([...others, text]);
  return parsed;
}

export async function removeLocalPack(id: string): Promise<void> {
  await localPacksItem.setValue((await readLocalPacks()).filter(({ pack }) => pack.id !== id).map(({ text }) => text));
}

/** The active merged pack of a language (all layers), as a pack file: the `layers` bookkeeping is left out. */
export async function exportMergedPack(language: string): Promise<{ pack: Pack; text: string } | undefined> {
  const base = await readBaseLayers();
  const all = [...base, ...(await readLocalPacks(base)).map(({ pack }) => pack)];
  const group = packsByLanguage(all).get(language);
  if (!group?.length) return undefined;
  const { layers: _layers, ...pack } = mergePacks(group);
  return { pack, text: `${JSON.stringify(pack, null, 2)}\n` };
}

/** The languages that have an active pack, for the export choice. */
export async function activeLanguages(): Promise<string[]> {
  const base = await readBaseLayers();
  return [...packsByLanguage([...base, ...(await readLocalPacks(base)).map(({ pack }) => pack)]).keys()];
}
