import { useMemo, useState } from 'react';
import { useTargetTab } from '../../components/useTargetTab';
import { useSnapshot } from '../../components/useSnapshot';
import { panelEngine } from '../../components/engine';
import { insertIntoReply, type InsertNotice } from '../../components/insert';
import { analyzeConversation } from '../../utils/analyze';

export function App() {
  const tabId = useTargetTab();
  const snapshot = useSnapshot(tabId);
  const [notice, setNotice] = useState<InsertNotice>();
  const [draft, setDraft] = useState('');

  const conversation = snapshot.state === 'reading' ? snapshot.conversation : undefined;
  const analysis = useMemo(() => (conversation ? analyzeConversation(panelEngine(), conversation.messages) : undefined), [conversation]);
  const insert = async (text: string) => setNotice(await insertIntoReply(tabId, text));
  const mirrorLines = analysis?.messages.flatMap((message) => message.analysis.mirrorLines).slice(0, 5) ?? [];

  return (
    <main>
      <header>
        <h1>Attune</h1>
        <p data-testid="status">
          {snapshot.state === 'reading' && `${snapshot.site.name} · ${snapshot.conversation.subject ?? snapshot.conversation.ticketId ?? 'conversation'}`}
          {snapshot.state === 'cannot-read' && `Can't read this ${snapshot.site.name} page. Select the customer's text or paste it below.`}
          {snapshot.state === 'no-conversation' && 'Open a conversation to see suggestions.'}
          {snapshot.state === 'not-helpdesk' && "Attune isn't reading this tab. Paste the customer's message below."}
          {snapshot.state === 'loading' && 'Loading…'}
        </p>
      </header>
      {conversation && (
        <section aria-label="Conversation">
          <ol data-testid="messages">
            {conversation.messages.map((message, index) => (
              <li key={index} data-role={message.role}>
                <strong>{message.role}</strong> {message.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      {mirrorLines.length > 0 && (
        <section aria-label="Feelings to mirror">
          <ul>
            {mirrorLines.map((line) => (
              <li key={line}>
                {line} <button onClick={() => void insert(line)}>Insert</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Reply text">
        <label htmlFor="draft">Text to insert</label>
        <textarea id="draft" value={draft} onChange={(event) => setDraft(event.target.value)} rows={3} />
        <button onClick={() => void insert(draft)} disabled={!draft.trim()}>
          Insert into reply
        </button>
      </section>
      <p role="status" data-testid="notice">
        {notice?.message}
      </p>
    </main>
  );
}
