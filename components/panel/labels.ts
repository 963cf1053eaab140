import { CATALOGS, t } from '../../utils/i18n';

/** Message names allow only letters, digits and "_": ids from packs ("next-step") are mapped onto them. */
function key(prefix: string, id: string): string {
  return `panel_${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The UI string for a pack id, or the fallback for ids only a team's own pack knows. */
function labelFor(prefix: string, id: string, fallback: string): string {
  const name = key(prefix, id);
  return CATALOGS.en[name] ? t(name) : fallback;
}

/** A core emotion category in the UI language; a pack's own category keeps the pack's label. */
export function categoryLabel(id: string, packLabel: string): string {
  return labelFor('category', id, packLabel);
}

export function situationLabel(id: string, packLabel: string | undefined): string {
  return labelFor('situation', id, packLabel ?? id);
}

export function stepLabel(step: string): string {
  return labelFor('step', step, step);
}

/** The name of a placeholder the agent must fill ("order number" for {orderId}). */
export function placeholderLabel(name: string): string {
  return labelFor('placeholder', name, name);
}

/** The conversation's language named in the UI language ("Japanese" in an English UI). */
export function languageLabel(language: string): string {
  return labelFor('language', language, language);
}

export function roleLabel(role: string): string {
  return labelFor('role', role, role);
}

export function intensityLabel(intensity: 1 | 2 | 3): string {
  return t(`panel_intensity_${intensity}`);
}
