import { usePanelStore } from './store';

/** What the last insert or copy did. Always rendered (empty at first) so announcements and layout stay put. */
export function Notice() {
  const notice = usePanelStore((s) => s.notice);
  return (
    <p role="status" data-testid="notice" className={`notice${notice ? ` notice-${notice.kind}` : ''}`}>
      {notice?.message}
    </p>
  );
}
