import { t } from '../../utils/i18n';
import { placeholderLabel } from './labels';
import type { SuggestionLine } from './reply';

/** A suggestion's text with its blanks marked (shape and words, not colour alone) so they get filled before sending. */
export function LineText({ line, id, language }: { line: SuggestionLine; id: string; language: string }) {
  return (
    <p className="line-text" id={id} lang={language}>
      {line.segments.map((segment, i) =>
        segment.missing && segment.placeholder ? (
          <mark key={i} className="blank" data-placeholder={segment.placeholder}>
            <span className="sr-only">{t('panel_blankPrefix')} </span>
            {placeholderLabel(segment.placeholder)}
          </mark>
        ) : segment.filled ? (
          <span key={i} className="filled">
            {segment.text}
          </span>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
