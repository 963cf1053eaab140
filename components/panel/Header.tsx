import { useShallow } from 'zustand/react/shallow';
import { t } from '../../utils/i18n';
import { languageLabel } from './labels';
import { browser } from 'wxt/browser';
import { packFor, usePanelPacks } from './packs';
import { ShortcutsHelp } from './ShortcutsHelp';
import { usePanelStore } from './store';
import type { PanelSnapshot } from '../useSnapshot';

function statusText(snapshot: PanelSnapshot): string {
  switch (snapshot.state) {
    case 'reading': {
      const { conversation, site } = snapshot;
      return `${site.name} · ${conversation.subject ?? conversation.ticketId ?? t('panel_statusConversation')}`;
    }
    case 'cannot-read':
      return t('panel_statusCannotRead', [snapshot.site.name]);
    case 'no-conversation':
      return t('panel_statusNoConversation');
    case 'not-helpdesk':
      return t('panel_statusNotHelpdesk');
    case 'loading':
      return t('panel_statusLoading');
  }
}

/** Which helpdesk and ticket, the language detected and the active pack: what Attune is working from. */
export function Header() {
  const { snapshot, analysis, pasted } = usePanelStore(useShallow((s) => ({ snapshot: s.snapshot, analysis: s.analysis, pasted: s.pasted })));
  const language = analysis?.language;
  const { updateFailed } = usePanelPacks();
  const pack = language ? packFor(language) : undefined;
  return (
    <header className="panel-header">
      <div className="title-row">
        <h1>{t('extName')}</h1>
        <ShortcutsHelp />
      </div>
      {updateFailed && (
        // Quiet on purpose: the last good pack is still active; the reason and schema paths are in the options page.
        <button type="button" className="link pack-update-failed" data-testid="pack-update-failed" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('panel_packUpdateFailed')}
        </button>
      )}
      <p data-testid="status" className={`status status-${snapshot.state}`}>
        {statusText(snapshot)}
      </p>
      <dl className="meta">
        <div>
          <dt>{t('panel_metaLanguage')}</dt>
          <dd data-testid="language">{language ? languageLabel(language) : '—'}</dd>
        </div>
        <div>
          <dt>{t('panel_metaPack')}</dt>
          <dd data-testid="pack">{pack ? t('panel_packVersion', [pack.name, pack.version]) : '—'}</dd>
        </div>
        {pasted && snapshot.state !== 'reading' && (
          <div>
            <dt>{t('panel_metaSource')}</dt>
            <dd>{t(pasted.source === 'selection' ? 'panel_sourceSelection' : 'panel_sourcePaste')}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
