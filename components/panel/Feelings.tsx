import { useMemo } from 'react';
import { FeelingItem } from './FeelingItem';
import { feelingsFrom } from './feelings';
import { t } from '../../utils/i18n';
import { usePanelStore } from './store';

/** The customer's own emotion words, newest message first; words from older messages fade. */
export function Feelings() {
  const analysis = usePanelStore((s) => s.analysis);
  const conversation = usePanelStore((s) => s.conversation);
  const loading = usePanelStore((s) => s.snapshot.state === 'loading');
  const feelings = useMemo(() => feelingsFrom(analysis, conversation?.messages ?? []), [analysis, conversation]);
  return (
    <section className="card feelings" aria-labelledby="feelings-title" aria-busy={loading}>
      <h2 id="feelings-title">{t('panel_feelingsTitle')}</h2>
      {feelings.length > 0 ? (
        <ul className="feeling-list">
          {feelings.map((feeling) => (
            <FeelingItem key={feeling.key} feeling={feeling} language={analysis!.language} />
          ))}
        </ul>
      ) : (
        <p className="empty">{t(loading ? 'common_loading' : analysis ? 'panel_feelingsEmpty' : 'panel_feelingsNone')}</p>
      )}
    </section>
  );
}
