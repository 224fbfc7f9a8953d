import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/shared/ipc.ts';
import { encodeSalvageDetail } from '../../src/shared/store-salvage.ts';
import { renderApp } from './support/render-app.tsx';
import { builtin, snapshot, view } from './support/snapshots.ts';

afterEach(cleanup);

describe('the first-launch welcome', () => {
  const firstLaunch = () =>
    snapshot({
      welcome: { dueChecklistIds: [] },
      settings: { ...snapshot().settings, country: 'NL', startAtLogin: true },
      checklists: [
        view(builtin('linkedin-ai-training'), { urgency: 'soon' }),
        view(builtin('meta-ai-training'), { urgency: 'worth-doing' }),
        view(builtin('anthropic-claude-training'), { urgency: 'overdue' }),
        view(builtin('x-grok-training'), { urgency: 'none', isRelevant: false }),
      ],
    });

  it('explains the app and the tray, confirms country and start at login, and gets started', async () => {
    const fake = await renderApp(firstLaunch());
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Opt-out Reminder' });
    screen.getByText(/lives in the system tray/);
    expect(screen.queryByRole('navigation')).toBeNull();
    const country = screen.getByRole('combobox', { name: 'Country you live in' });
    expect((country as HTMLSelectElement).value).toBe('NL');
    const login = screen.getByRole('checkbox', { name: 'Start when I log in (recommended)' });
    expect((login as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(login);
    });
    expect(fake.callsOf('updateSettings')).toEqual([[{ startAtLogin: false }]]);
    await act(async () => {
      fireEvent.change(country, { target: { value: 'GB' } });
    });
    expect(fake.callsOf('updateSettings').at(-1)).toEqual([{ country: 'GB' }]);
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Android' }));
    });
    expect(fake.callsOf('setPreferredPlatform')).toEqual([['android']]);
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
        target: { value: 'nl' },
      });
    });
    screen.getByRole('heading', { level: 1, name: 'Welkom bij Opt-out Reminder' });
    screen.getByRole('checkbox', { name: 'Starten als ik inlog (aanbevolen)' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Een testmelding sturen' }));
    });
    expect(fake.callsOf('sendTestNotification')).toHaveLength(1);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Aan de slag' }));
    });
    expect(fake.callsOf('finishWelcome')).toHaveLength(1);
    const list = screen.getByRole('heading', { level: 1, name: 'Je opt-out-checklists' });
    // Focus goes to the new view's heading, not back to <body>.
    expect(document.activeElement).toBe(list);
  });

  it('lists past deadlines of the region, calmly, each with do it now, already done and not for me', async () => {
    const fake = await renderApp(firstLaunch());
    const past = await screen.findByRole('region', { name: 'Past deadlines, still worth doing' });
    const items = within(past).getAllByRole('group');
    expect(items.map((item) => item.textContent)).toEqual([
      'Meta: object to AI trainingDeadline was 27 May 2025 — switching it off now still stops future useDo it nowAlready doneNot for me',
      'Anthropic: training on your Claude chatsDeadline passed 23 days agoDo it nowAlready doneNot for me',
    ]);
    const meta = within(past).getByRole('group', { name: 'Meta: object to AI training' });
    await act(async () => {
      fireEvent.click(within(meta).getByRole('button', { name: 'Already done' }));
    });
    expect(fake.callsOf('markDoneElsewhere')).toEqual([['meta-ai-training']]);
    const anthropic = within(past).getByRole('group', {
      name: 'Anthropic: training on your Claude chats',
    });
    await act(async () => {
      fireEvent.click(within(anthropic).getByRole('button', { name: 'Not for me' }));
    });
    expect(fake.callsOf('dismiss')).toEqual([['anthropic-claude-training']]);
    expect(within(past).queryAllByRole('group')).toEqual([]);
  });

  it('"Do it now" ends the welcome and opens that checklist', async () => {
    const fake = await renderApp(firstLaunch());
    const meta = await screen.findByRole('group', { name: 'Meta: object to AI training' });
    await act(async () => {
      fireEvent.click(within(meta).getByRole('button', { name: 'Do it now' }));
    });
    expect(fake.callsOf('finishWelcome')).toHaveLength(1);
    await screen.findByRole('heading', { level: 1, name: 'Meta: object to AI training' });
  });
});

describe('notice banners', () => {
  const at = '2025-10-31T10:00:00.000Z';
  const notices: Notice[] = [
    { kind: 'store-quarantined', detail: '/home/me/config.corrupt-1.json', at },
    { kind: 'store-read-only', at },
    { kind: 'store-write-failed', at },
    { kind: 'notification-failed', at },
    { kind: 'notifications-unsupported', at },
  ];

  it('show each notice from the snapshot, with the quarantine path', async () => {
    await renderApp(snapshot({ notices }));
    const region = screen.getByRole('region', { name: 'Notices' });
    expect(within(region).getAllByRole('button', { name: 'Dismiss' })).toHaveLength(5);
    expect(region.textContent).toContain('Your data file could not be read');
    expect(region.textContent).toContain('The old file is kept at /home/me/config.corrupt-1.json');
    expect(region.textContent).toContain('cannot write to its data folder');
    expect(region.textContent).toContain('could not be saved to disk');
    expect(region.textContent).toContain('could not be shown as a notification');
    expect(region.textContent).toContain('does not show notifications');
  });

  it('say what of a repaired data file was reset, in the user’s words, and where the file as it was is kept', async () => {
    const detail = encodeSalvageDetail('/home/me/config.before-repair-1.json', [
      { path: ['settings', 'leadTimesMinutes'], action: 'reset' },
      { path: ['progress', 'linkedin-ai-training', 'steps', 'web', 'x'], action: 'removed' },
      { path: ['customChecklists', 2], action: 'removed' },
      { path: ['myNote'], action: 'removed' },
      { path: ['ui', 'windowBounds'], action: 'reset' },
      { path: ['firedLog', 3], action: 'removed' },
      { path: ['settings', 'snoozeAllUntil'], action: 'reset' },
      { path: ['customChecklists', 0, 'title', 'en'], action: 'shortened' },
    ]);
    await renderApp(snapshot({ notices: [{ kind: 'store-salvaged', detail, at }] }));
    const region = screen.getByRole('region', { name: 'Notices' });
    expect(region.textContent).toContain(
      'Part of your data file could not be used and was reset: the setting “Remind me before a deadline”, part of the progress of linkedin-ai-training, a checklist of your own, the unknown entry “myNote”, what the window remembers (such as the welcome being done), the record of reminders already shown, the setting “Snooze all”, and a checklist of your own (a text that was too long, now cut short). Everything else was kept.',
    );
    expect(region.textContent).toContain(
      'The file as it was is kept at /home/me/config.before-repair-1.json',
    );
  });

  it('say it in Dutch too', async () => {
    const detail = encodeSalvageDetail('/home/ik/config.before-repair-1.json', [
      { path: ['settings', 'country'], action: 'reset' },
      { path: ['myNote'], action: 'removed' },
    ]);
    await renderApp(snapshot({ locale: 'nl', notices: [{ kind: 'store-salvaged', detail, at }] }));
    const region = screen.getByRole('region', { name: 'Meldingen' });
    expect(region.textContent).toContain(
      'Een deel van je gegevensbestand was niet bruikbaar en is teruggezet: de instelling “Land waar je woont” en het onbekende onderdeel “myNote”. Al het andere is bewaard.',
    );
    expect(region.textContent).toContain(
      'Het bestand zoals het was staat in /home/ik/config.before-repair-1.json',
    );
  });

  it('offer to resolve a start-at-login difference either way', async () => {
    const fake = await renderApp(
      snapshot({
        notices: [
          { kind: 'login-item-missing', at },
          { kind: 'login-item-unexpected', at },
        ],
      }),
    );
    const region = screen.getByRole('region', { name: 'Notices' });
    expect(region.textContent).toContain(
      'Start at login is on, but your system will not start Opt-out Reminder when you log in',
    );
    expect(region.textContent).toContain(
      'Your system starts Opt-out Reminder when you log in, although start at login is off here.',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Start at login again' }));
    });
    expect(fake.callsOf('applyStartAtLogin')).toEqual([[true]]);
  });

  it('are dismissed through dismissNotice', async () => {
    const fake = await renderApp(snapshot({ notices: [notices[1] as Notice] }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    });
    expect(fake.callsOf('dismissNotice')).toEqual([['store-read-only']]);
    expect(screen.queryByText(/cannot write to its data folder/)).toBeNull();
  });
});

describe('reminders held back', () => {
  it('says that all reminders are snoozed and until when, on every view, and resumes them', async () => {
    const fake = await renderApp(
      snapshot({
        settings: { ...snapshot().settings, snoozeAllUntil: '2025-11-07T08:00:00.000Z' },
      }),
    );
    const banner = await screen.findByRole('region', { name: 'Reminders held back' });
    within(banner).getByText('All reminders are snoozed until 7 November 2025 at 09:00.');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    screen.getByRole('region', { name: 'Reminders held back' });
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Resume reminders' }));
    });
    expect(fake.callsOf('snoozeAll')).toEqual([['off']]);
    expect(screen.queryByRole('region', { name: 'Reminders held back' })).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'Settings' }),
    );
    expect(said()).toBe('Reminders resumed.');
  });

  it('says that reminders are paused, and in Dutch', async () => {
    const fake = await renderApp(
      snapshot({ locale: 'nl', settings: { ...snapshot().settings, paused: true } }),
    );
    const banner = await screen.findByRole('region', { name: 'Herinneringen tegengehouden' });
    within(banner).getByText('Herinneringen zijn gepauzeerd tot je ze hervat.');
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Herinneringen hervatten' }));
    });
    expect(fake.callsOf('updateSettings')).toEqual([[{ paused: false }]]);
    expect(screen.queryByRole('region', { name: 'Herinneringen tegengehouden' })).toBeNull();
    expect(said()).toBe('Herinneringen hervat.');
  });

  it('resumes both a pause and a Snooze all with one click, then focuses the view’s heading', async () => {
    const fake = await renderApp(
      snapshot({
        settings: {
          ...snapshot().settings,
          paused: true,
          snoozeAllUntil: '2025-11-07T08:00:00.000Z',
        },
      }),
    );
    const banner = await screen.findByRole('region', { name: 'Reminders held back' });
    within(banner).getByText('Reminders are paused until you resume them.');
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Resume reminders' }));
    });
    expect(fake.callsOf('updateSettings')).toEqual([[{ paused: false }]]);
    expect(fake.callsOf('snoozeAll')).toEqual([['off']]);
    expect(screen.queryByRole('region', { name: 'Reminders held back' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(said()).toBe('Reminders resumed.');
  });

  it('shows nothing once a snooze has ended', async () => {
    await renderApp(
      snapshot({
        settings: { ...snapshot().settings, snoozeAllUntil: '2025-10-01T08:00:00.000Z' },
      }),
    );
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Reminders held back' })).toBeNull();
  });
});

/** What the window's polite live region last said. */
function said() {
  return document.getElementById('announcer')?.textContent;
}
