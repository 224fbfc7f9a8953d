import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/shared/ipc.ts';
import { renderApp } from './support/render-app.tsx';
import { snapshot } from './support/snapshots.ts';

afterEach(cleanup);

describe('the first-launch welcome', () => {
  it('explains the app and the tray, lists what is already due, and gets started', async () => {
    const fake = await renderApp(snapshot({ welcome: { dueChecklistIds: ['meta-ai-training'] } }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Opt-out Reminder' }),
    ).toBeTruthy();
    expect(screen.getByText(/lives in the system tray/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    const due = screen.getByRole('region', { name: 'Already due' });
    expect(within(due).getByRole('listitem').textContent).toBe(
      'Meta: object to AI training — Deadline passed 157 days ago',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Android' }));
    });
    expect(fake.callsOf('setPreferredPlatform')).toEqual([['android']]);
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
        target: { value: 'nl' },
      });
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welkom bij Opt-out Reminder' }),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Een testmelding sturen' }));
    });
    expect(fake.callsOf('sendTestNotification')).toHaveLength(1);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Aan de slag' }));
    });
    expect(fake.callsOf('finishWelcome')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Je opt-out-checklists' })).toBeTruthy();
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
    expect(region.textContent).toContain('cannot save right now');
    expect(region.textContent).toContain('could not be saved to disk');
    expect(region.textContent).toContain('could not be shown as a notification');
    expect(region.textContent).toContain('does not show notifications');
  });

  it('are dismissed through dismissNotice', async () => {
    const fake = await renderApp(snapshot({ notices: [notices[1] as Notice] }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    });
    expect(fake.callsOf('dismissNotice')).toEqual([['store-read-only']]);
    expect(screen.queryByText(/cannot save right now/)).toBeNull();
  });
});
