import { t } from '../../utils/i18n';
import { roleLabel } from './labels';
import { usePanelStore } from './store';

/**
 * The conversation as read, collapsed by default: the agent has it in the helpdesk already. It stays in the
 * DOM with its data-role hooks, which the end-to-end tests and the demo check read.
 */
export function ConversationList() {
  const conversation = usePanelStore((s) => s.conversation);
  if (!conversation) return null;
  return (
    <details className="card conversation">
      <summary>{t('panel_conversationTitle', [String(conversation.messages.length)])}</summary>
      <ol data-testid="messages">
        {conversation.messages.map((message, index) => (
          <li key={index} data-role={message.role}>
            <strong>{roleLabel(message.role)}</strong> {message.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
