import { useT } from '../../utils/i18n';

/** The visible reason a control is disabled; controls point at it with aria-describedby. */
export function LockedHint({ id }: { id: string }) {
  const t = useT();
  return (
    <p id={id} className="hint locked">
      {t('options_lockedHint')}
    </p>
  );
}
