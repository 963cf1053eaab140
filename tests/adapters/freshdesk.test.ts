import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../utils/adapters/sites/freshdesk';
import { conversationOf as ok, fixture, load as page, stripped as without } from './helpers';

const MINT_URL = 'https://acme.freshdesk.com/a/tickets/4512';
const LEGACY_URL = 'https://acme.freshdesk.com/helpdesk/tickets/3120';

describe('freshdesk adapter: current ticket view', () => {
  const html = fixture('freshdesk-email.html');
  const { doc, url } = page(html, MINT_URL);

  it('reads the description, replies and private notes without quoted history', () => {
    const c = ok(freshdesk.read(doc, url));
    expect(c.site).toBe('freshdesk');
    expect(c.channel).toBe('email');
    expect(c.ticketId).toBe('4512');
    expect(c.subject).toBe('Package marked delivered but never arrived');
    expect(c.customerName).toBe('Grace Okafor');
    expect(c.orderIds).toEqual(['E-42018']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Grace Okafor',
        time: '2026-11-06T13:05:00Z',
        text: "Hi,\n\nTracking says my order #E-42018 was delivered on Tuesday, but nothing came. I've checked with neighbours and the building office. I'm really upset, it's a winter coat for my son and it's getting cold.\n\nGrace",
      },
      { role: 'note', author: 'Tomás Ruiz', time: '2026-11-06T13:40:00Z', text: 'Carrier GPS shows the drop 2 km away. Opened claim 77-1192 with the carrier.' },
      {
        role: 'agent',
        author: 'Tomás Ruiz',
        time: '2026-11-06T13:52:00Z',
        text: "Hi Grace,\n\nI'm sorry, that's stressful with the weather turning. The carrier's GPS shows the parcel was left at the wrong address, so I've opened a claim and I'm sending a new coat today by express.\n\nTomás",
      },
      { role: 'customer', author: 'Grace Okafor', time: '2026-11-07T08:15:00Z', text: "Thank you so much, that's a relief." },
    ]);
  });

  it('detects Freshdesk ticket pages only', () => {
    expect(freshdesk.detect(doc, url)).toBe(true);
    expect(freshdesk.detect(doc, new URL('https://acme.freshdesk.com/a/dashboard/default'))).toBe(false);
    const blank = page('<html><body></body></html>', 'https://example.com/');
    expect(freshdesk.detect(blank.doc, blank.url)).toBe(false);
    const helpscout = page(fixture('helpscout-email.html'), 'https://secure.helpscout.net/conversation/2615606748/8821');
    expect(freshdesk.detect(helpscout.doc, helpscout.url)).toBe(false);
  });

  it('finds the Froala editor and the conversation list', () => {
    expect(freshdesk.findEditor(doc)?.classList.contains('fr-element')).toBe(true);
    expect(freshdesk.threadRoot(doc)?.getAttribute('data-test-id')).toBe('ticket-conversations');
  });

  it('names the missing selector instead of throwing', () => {
    const noThread = without(html, '[data-test-id="ticket-conversations"]', MINT_URL);
    expect(freshdesk.read(noThread.doc, noThread.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'thread' });
    const noDescription = without(html, '.ticket-description', MINT_URL);
    expect(freshdesk.read(noDescription.doc, noDescription.url)).toEqual({ ok: false, reason: 'selector-missing', missing: 'description' });
    const blank = page('<html><body></body></html>', MINT_URL);
    expect(freshdesk.findEditor(blank.doc)).toBeNull();
  });

  it('takes the ticket id from the URL, else from the breadcrumb', () => {
    expect(freshdesk.ticketId(doc, new URL('https://acme.freshdesk.com/a/tickets/77'))).toBe('77');
    expect(freshdesk.ticketId(doc, new URL('https://acme.freshdesk.com/a/tickets/filters/all'))).toBe('4512');
  });
});

describe('freshdesk adapter: legacy ticket view', () => {
  const html = fixture('freshdesk-legacy.html');
  const { doc, url } = page(html, LEGACY_URL);

  it('reads the original request as the customer and private notes as notes', () => {
    const c = ok(freshdesk.read(doc, url));
    expect(c.ticketId).toBe('3120');
    expect(c.subject).toBe('Refund for returned headphones (order #F-11873)');
    expect(c.customerName).toBe('Oliver Grant');
    expect(c.orderIds).toEqual(['F-11873']);
    expect(c.messages).toEqual([
      {
        role: 'customer',
        author: 'Oliver Grant',
        time: '2026-11-10T09:00:00.000Z',
        text: 'I sent the headphones back three weeks ago and still no refund. This is really annoying.\n\nOliver',
      },
      { role: 'note', author: 'Priya Shah', time: '2026-11-10T10:00:00.000Z', text: 'Return scanned at the depot on Nov 2, refund never triggered. Pushing it manually.' },
      {
        role: 'agent',
        author: 'Priya Shah',
        time: '2026-11-10T10:10:00.000Z',
        text: "Hi Oliver,\n\nYou're right to be annoyed, the refund should have gone out when the return arrived. I've issued it now; it will show within 5 business days.\n\nPriya",
      },
      { role: 'customer', author: 'Oliver Grant', time: '2026-11-10T11:10:00.000Z', text: 'Thanks Priya, appreciated.' },
    ]);
  });

  it('finds the Redactor editor and the notes thread', () => {
    expect(freshdesk.detect(doc, url)).toBe(true);
    expect(freshdesk.findEditor(doc)?.classList.contains('redactor_editor')).toBe(true);
    expect(freshdesk.threadRoot(doc)?.id).toBe('all_notes');
  });
});
