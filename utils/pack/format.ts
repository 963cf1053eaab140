import type { Pack } from './schema';

/** The canonical text of a pack file: what `attune pack format` writes and what the bundled packs are. */
export function formatPack(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
