import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { languageName, useT, useUiLanguage } from '../../utils/i18n';
import type { PackProblem } from '../../utils/pack/problems';
import type { Pack } from '../../utils/pack/schema';
import { activeLanguages, exportMergedPack, importLocalPack, localPacksItem, readLocalPacks, removeLocalPack } from '../../utils/subscriptions/local';
import type { Subscription, SubscriptionState } from '../../utils/subscriptions/poll';
import {
  addSubscription,
  hasHostAccess,
  isAllowedPackUrl,
  lastCheckOf,
  lastChecksItem,
  pollAll,
  readSubscriptions,
  removeSubscription,
  rollbackSubscription,
  subscriptionStatesItem,
  subscriptionsItem,
} from '../../utils/subscriptions/store';
import { useStatus } from './useStatus';
import { isLockedNow, useLocked } from './usePolicy';
import { LockedHint } from './LockedHint';

const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** Validates the form in the UI language; store.ts re-checks the same rules before saving. */
export function subscriptionFormError(url: string, publicKey: string, existing: readonly Subscription[]): { key: string; substitutions?: string[] } | undefined {
  if (!isAllowedPackUrl(url)) return { key: 'options_subsErrorUrl' };
  if (!PUBLIC_KEY.test(publicKey)) return { key: 'options_subsErrorKey' };
  if (existing.some((sub) => sub.url === url)) return { key: 'options_subsErrorDuplicate', substitutions: [url] };
  return undefined;
}

/**
 * Team packs: the agent adds a manifest URL and pins the publisher key; the background polls it (its
 * storage watch fires on the add). Each subscription shows what is active and why the last check failed.
 */
export function Subscriptions() {
  const t = useT();
  const lang = useUiLanguage();
  const id = useId();
  const [subs, setSubs] = useState<Subscription[]>([]);
  const [states, setStates] = useState<Record<string, SubscriptionState>>({});
  const [lastChecks, setLastChecks] = useState<Record<string, string>>({});
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useStatus();
  const locked = useLocked('subscriptions');
  const lockedBy = locked ? `${id}-locked` : undefined;

  useEffect(() => {
    const refresh = () => void readSubscriptions().then(setSubs);
    refresh();
    void subscriptionStatesItem.getValue().then(setStates);
    void lastChecksItem.getValue().then(setLastChecks);
    const stops = [
      subscriptionsItem.watch(refresh),
      subscriptionStatesItem.watch((next) => setStates(next ?? {})),
      lastChecksItem.watch((next) => setLastChecks(next ?? {})),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  // Whether each pack host is granted. A policy pack comes without a grant and is read over CORS; on a host
  // that does not allow CORS it fails as "network", and the agent can grant that one host from here.
  const [access, setAccess] = useState<Record<string, boolean>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(subs.map(async (sub) => [sub.url, await hasHostAccess(new URL(sub.url)).catch(() => false)] as const)).then(
      (entries) => live && setAccess(Object.fromEntries(entries)),
    );
    return () => {
      live = false;
    };
  }, [subs, states]);

  const grant = async (sub: Subscription) => {
    const host = new URL(sub.url);
    // Straight from the click, like the subscribe button: the browser asks the agent for this one host.
    const granted = await browser.permissions.request({ origins: [`${host.protocol}//${host.hostname}/*`] }).catch(() => false);
    if (!granted) return setMessage('options_subsDenied', [host.host]);
    setAccess((current) => ({ ...current, [sub.url]: true }));
    await checkNow();
  };

  const add = async () => {
    if (locked) return;
    const trimmedUrl = url.trim();
    const trimmedKey = publicKey.trim();
    const error = subscriptionFormError(trimmedUrl, trimmedKey, subs);
    if (error) return setMessage(error.key, error.substitutions);
    // Match patterns carry no port (Firefox refuses one); the host is what the agent grants.
    const origin = new URL(trimmedUrl);
    // The permission prompt must come straight from the click, before anything else is awaited.
    const granted = await browser.permissions.request({ origins: [`${origin.protocol}//${origin.hostname}/*`] }).catch(() => false);
    if (!granted) return setMessage('options_subsDenied', [origin.host]);
    // The policy may have locked subscriptions while the prompt was open.
    if (await isLockedNow('subscriptions')) return setMessage('options_lockedMeanwhile');
    const result = await addSubscription({ url: trimmedUrl, publicKey: trimmedKey, addedBy: 'agent' });
    if (!result.ok) return setMessage('options_subsErrorDuplicate', [trimmedUrl]);
    setUrl('');
    setPublicKey('');
    setMessage('options_subsAdded', [origin.host]);
  };

  const checkNow = async () => {
    setChecking(true);
    setMessage('options_subsChecking');
    // An extension page may fetch the granted hosts itself; force skips the back-off of a failing host.
    await pollAll({ fetch: (input, init) => globalThis.fetch(input, init), force: true }).catch(() => undefined);
    setChecking(false);
    setMessage('options_subsChecked');
  };

  const rollBack = async (sub: Subscription, version: string) => {
    if (await isLockedNow('subscriptions')) return setMessage('options_lockedMeanwhile');
    if (await rollbackSubscription(sub.url)) setMessage('options_subsRolledBack', [version]);
  };

  const remove = async (sub: Subscription) => {
    if (await isLockedNow('subscriptions')) return setMessage('options_lockedMeanwhile');
    if (await removeSubscription(sub.url, 'agent')) setMessage('options_subsRemoved', [sub.url]);
  };

  const time = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <section aria-labelledby={`${id}-heading`} className="subscriptions">
      <h2 id={`${id}-heading`}>{t('options_subsHeading')}</h2>
      <p>{t('options_subsIntro')}</p>
      {locked && <LockedHint id={`${id}-locked`} />}
      <form
        className="domain-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('options_subsUrlLabel')}</label>
          <input id={`${id}-url`} value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://packs.example.com/team/release.json" autoComplete="off" spellCheck={false} inputMode="url" disabled={locked} aria-describedby={lockedBy} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('options_subsKeyLabel')}</label>
          <input id={`${id}-key`} value={publicKey} onChange={(event) => setPublicKey(event.target.value)} autoComplete="off" spellCheck={false} disabled={locked} aria-describedby={lockedBy} />
        </div>
        <button type="submit" disabled={locked} aria-describedby={lockedBy}>
          {t('options_subsAdd')}
        </button>
      </form>
      {subs.length === 0 ? (
        <p className="empty">{t('options_subsEmpty')}</p>
      ) : (
        <>
          <ul className="domains subscriptions-list" aria-label={t('options_subsListLabel')}>
            {subs.map((sub) => {
              const state = states[sub.url] ?? {};
              const active = state.active?.manifest;
              const previous = state.previous?.manifest;
              const failure = state.failure;
              const lockedId = `${id}-${sub.url}-locked`;
              return (
                <li key={sub.url} className="subscription" data-testid="subscription">
                  <span className="domain">{sub.url}</span>
                  {sub.addedBy === 'policy' && <span className="meta">{t('options_subsByPolicy')}</span>}
                  <p className="meta">{active ? t('options_subsActive', [packName(state) ?? active.packId, active.version]) : t('options_subsNoRelease')}</p>
                  {(() => {
                    const checked = lastCheckOf(state, lastChecks, sub.url);
                    return <p className="meta">{checked ? t('options_subsLastCheck', [time(checked)]) : t('options_subsNeverChecked')}</p>;
                  })()}
                  {failure && (
                    <div className="failure">
                      <p>{t('options_subsFailed', [time(failure.at), t(`options_subsReason_${failure.reason.replace(/-/g, '_')}`)])}</p>
                      {/* The poller's own words (versions, status codes), for the lead the agent forwards them to. */}
                      {!failure.problems?.length && failure.detail && <p className="meta" data-testid="failure-detail">{failure.detail}</p>}
                      <Problems problems={failure.problems} />
                      {failure.reason === 'network' && access[sub.url] === false && (
                        <p>
                          <span className="hint" id={`${id}-${sub.url}-grant`}>
                            {t('options_subsGrantHint')}
                          </span>{' '}
                          <button type="button" aria-describedby={`${id}-${sub.url}-grant`} onClick={() => void grant(sub)}>
                            {t('options_subsGrant', [new URL(sub.url).host])}
                          </button>
                        </p>
                      )}
                    </div>
                  )}
                  <div className="actions">
                    {previous && active && (
                      <button type="button" disabled={locked} aria-describedby={lockedBy} onClick={() => void rollBack(sub, previous.version)}>
                        {t('options_subsRollback', [previous.version])}
                      </button>
                    )}
                    <button
                      type="button"
                      aria-label={t('options_subsRemoveLabel', [sub.url])}
                      disabled={locked || sub.addedBy === 'policy'}
                      aria-describedby={sub.addedBy === 'policy' ? lockedId : lockedBy}
                      onClick={() => void remove(sub)}
                    >
                      {t('options_subsRemove')}
                    </button>
                    {sub.addedBy === 'policy' && (
                      <span id={lockedId} className="hint">
                        {t('options_subsRemoveLocked')}
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <button type="button" disabled={checking} onClick={() => void checkNow()}>
            {t('options_subsCheckNow')}
          </button>
        </>
      )}
      <p role="status" className="status">
        {message}
      </p>
      <PackFiles />
    </section>
  );
}

/** Schema paths of a refused pack (a release or an imported file); the first 20 are enough to act on. */
function Problems({ problems }: { problems?: readonly PackProblem[] }) {
  const t = useT();
  if (!problems?.length) return null;
  return (
    <ul className="problems" aria-label={t('options_subsProblemsLabel')}>
      {problems.slice(0, 20).map((problem, i) => (
        <li key={i}>
          <code>{problem.path}</code>: {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** Import a pack file as the local top layer (validated like a release), or export a language's merged pack. */
function PackFiles() {
  const t = useT();
  const id = useId();
  const [locals, setLocals] = useState<Pack[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [language, setLanguage] = useState('');
  const [problems, setProblems] = useState<PackProblem[]>();
  const [message, setMessage] = useStatus();
  const locked = useLocked('localPacks');
  const lockedBy = locked ? `${id}-locked` : undefined;

  useEffect(() => {
    const refresh = () => {
      void readLocalPacks().then((found) => setLocals(found.map(({ pack }) => pack)));
      void activeLanguages().then(setLanguages);
    };
    refresh();
    const stops = [localPacksItem.watch(refresh), subscriptionStatesItem.watch(refresh), subscriptionsItem.watch(refresh)];
    return () => stops.forEach((stop) => stop());
  }, []);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (await isLockedNow('localPacks')) return setMessage('options_lockedMeanwhile');
    const result = await importLocalPack(await file.text());
    if (!result.ok) {
      setProblems(result.problems);
      return setMessage('options_importInvalid', [file.name]);
    }
    setProblems(undefined);
    setMessage('options_imported', [result.pack.name, result.pack.version]);
  };

  const removeLocal = async (pack: Pack) => {
    if (await isLockedNow('localPacks')) return setMessage('options_lockedMeanwhile');
    await removeLocalPack(pack.id);
    setMessage('options_localRemoved', [pack.name]);
  };

  const exportPack = async () => {
    const chosen = language || languages[0];
    const exported = chosen ? await exportMergedPack(chosen) : undefined;
    if (!exported) return;
    const name = `attune-pack-${chosen}.json`;
    const href = URL.createObjectURL(new Blob([exported.text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href, download: name });
    link.click();
    // Revoked after the click has started the download.
    setTimeout(() => URL.revokeObjectURL(href), 0);
    setMessage('options_exported', [name]);
  };

  return (
    <div className="pack-files">
      <h3>{t('options_filesHeading')}</h3>
      <p>{t('options_filesIntro')}</p>
      {locked && <LockedHint id={`${id}-locked`} />}
      <div className="field">
        <label htmlFor={`${id}-import`}>{t('options_importLabel')}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          disabled={locked}
          aria-describedby={lockedBy}
          onChange={(event) => {
            const input = event.currentTarget;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </div>
      {locals.length > 0 && (
        <ul className="domains" aria-label={t('options_localListLabel')}>
          {locals.map((pack) => (
            <li key={pack.id}>
              <span className="meta">{t('options_localActive', [pack.name, pack.version])}</span>{' '}
              <button
                type="button"
                aria-label={t('options_localRemoveLabel', [pack.name])}
                disabled={locked}
                aria-describedby={lockedBy}
                onClick={() => void removeLocal(pack)}
              >
                {t('options_localRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-export`}>{t('options_exportLanguageLabel')}</label>
        <select id={`${id}-export`} value={language || languages[0] || ''} onChange={(event) => setLanguage(event.target.value)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={languages.length === 0} onClick={() => void exportPack()}>
        {t('options_exportButton')}
      </button>
      <p role="status" className="status">
        {message}
      </p>
      <Problems problems={problems} />
    </div>
  );
}

const names = new Map<string, string | undefined>();
/** The pack's own name, read once per release from the stored text; the manifest only carries the id. */
function packName(state: SubscriptionState): string | undefined {
  const active = state.active!;
  if (!names.has(active.manifest.sha256)) {
    let name: unknown;
    try {
      name = (JSON.parse(active.packText) as { name?: unknown }).name;
    } catch {
      // Unreadable text: the id is shown instead.
    }
    names.set(active.manifest.sha256, typeof name === 'string' ? name : undefined);
  }
  return names.get(active.manifest.sha256);
}
