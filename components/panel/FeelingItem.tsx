import { categoryLabel, intensityLabel } from './labels';
import type { Feeling } from './feelings';
import { LineActions } from './LineActions';
import { t } from '../../utils/i18n';

/** One emotion word: chip (word, category, intensity), the sentence it came from, and its mirror line. */
export function FeelingItem({ feeling, language }: { feeling: Feeling; language: string }) {
  const { flag, age, sentence } = feeling;
  const mirrorId = `mirror-${feeling.key.replace(':', '-')}`;
  return (
    <li className={`feeling age-${Math.min(age, 2)}`} data-age={age} data-testid="feeling">
      <div className="chip-row">
        <span className={`chip valence-${flag.valence} cat-${flag.category}`} lang={language}>
          {flag.text}
        </span>
        <span className="chip-meta">
          {categoryLabel(flag.category, flag.label)}
          {' · '}
          <span className={`intensity intensity-${flag.intensity}`}>
            <span aria-hidden="true">{'●'.repeat(flag.intensity) + '○'.repeat(3 - flag.intensity)} </span>
            {intensityLabel(flag.intensity)}
          </span>
          {age > 0 && <span className="age-label"> · {t('panel_feelingEarlier')}</span>}
        </span>
      </div>
      <p className="source" lang={language}>
        {sentence.before}
        <mark>{sentence.word}</mark>
        {sentence.after}
      </p>
      {flag.mirrorLine && (
        <div className="line">
          <p className="line-text" id={mirrorId} lang={language}>
            {flag.mirrorLine}
          </p>
          <LineActions text={flag.mirrorLine} describedBy={mirrorId} />
        </div>
      )}
    </li>
  );
}
