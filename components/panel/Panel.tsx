import { useUiLanguage } from '../../utils/i18n';
import { copyText, insertText } from './actions';
import { ConversationList } from './ConversationList';
import { Faq } from './Faq';
import { Feelings } from './Feelings';
import { Header } from './Header';
import { Notice } from './Notice';
import { usePanelPacks } from './packs';
import { ReturnOptions } from '../returns/ReturnOptions';
import { ReadFallback } from './ReadFallback';
import { usePanelStore } from './store';
import { Suggestions } from './Suggestions';
import { useShortcuts } from './useShortcuts';

const onInsert = (text: string) => void insertText(text);
const onCopy = (text: string) => void copyText(text);

/**
 * The panel, top to bottom in the order an answer is built: what Attune reads, the customer's feelings,
 * the suggested reply, return options, FAQ; the conversation itself last and collapsed.
 */
export function Panel() {
  useUiLanguage(); // re-render on a UI language change
  useShortcuts();
  const conversation = usePanelStore((s) => s.conversation);
  const language = usePanelStore((s) => s.analysis?.language) ?? 'en';
  const loading = usePanelStore((s) => s.snapshot.state === 'loading');
  const { packs } = usePanelPacks(); // the return policy comes from the active layers too
  return (
    <div className="panel">
      <Header />
      <main aria-busy={loading}>
        <ReadFallback />
        <Feelings />
        <Suggestions />
        <div className="card">
          <ReturnOptions conversation={conversation} language={language} packs={packs} onInsert={onInsert} onCopy={onCopy} />
        </div>
        <Faq />
        <ConversationList />
        <Notice />
      </main>
    </div>
  );
}
