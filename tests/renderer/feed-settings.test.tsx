import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedView, StateSnapshot } from '../../src/shared/ipc.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { renderApp } from './support/render-app.tsx';
import { NOW, snapshot, view } from './support/snapshots.ts';

afterEach(cleanup);

const project: FeedView = {
  id: 'project',
  url: 'https://raw.githubusercontent.com/optout-reminder/optout-reminder/main/feed/feed.json',
  host: 'raw.githubusercontent.com',
  isProject: true,
  isSigned: true,
  checklistCount: 7,
  lastCheck: null,
  lastSuccessAt: null,
};

async function openSettings(change: Partial<StateSnapshot> = {}) {
  const fake = await renderApp(snapshot({ feeds: [project], ...change }));
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  // The Settings view loads lazily: give a busy machine time.
  await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 10_000 });
  return fake;
}

describe('new deadlines in Settings', () => {
  it('asks for consent first, says what is sent, and offers no Check now without it', async () => {
    const fake = await openSettings();
    const box = screen.getByRole('checkbox', { name: /new deadlines/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    screen.getByText(/No account data and no identifiers are sent/);
    expect(screen.queryByRole('button', { name: 'Check now' })).toBe(null);
    await act(async () => {
      fireEvent.click(box);
    });
    expect(fake.callsOf('updateSettings')).toEqual([[{ checkNewDeadlines: true }]]);
  });

  it('shows when it last checked and what came of it; Check now asks main', async () => {
    const at = new Date(NOW).toISOString();
    const fake = await openSettings({
      settings: { ...snapshot().settings, checkNewDeadlines: true },
      feeds: [
        { ...project, lastCheck: { at, outcome: 'bad-signature' } },
        {
          ...project,
          id: 'organisation-1',
          host: 'intranet.example.com',
          isProject: false,
          isSigned: false,
          lastCheck: { at, outcome: 'updated', added: 2, changed: 0, withdrawn: 1 },
        },
      ],
    });
    screen.getByText(/Last checked .*: the signature is missing or wrong/);
    screen.getByText('unsigned, from intranet.example.com');
    screen.getByText(/2 new, 0 changed, 1 no longer listed/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    });
    expect(fake.callsOf('checkFeedsNow')).toEqual([[]]);
  });

  it('follows an organisation feed by address, with an optional key', async () => {
    const fake = await openSettings();
    fireEvent.change(screen.getByLabelText('Feed address (https://…)'), {
      target: { value: 'https://intranet.example.com/feed.json' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Follow this feed' }));
    });
    expect(fake.callsOf('subscribeFeed')).toEqual([
      [{ url: 'https://intranet.example.com/feed.json', publicKey: null }],
    ]);
  });

  it('the welcome offers the same consent', async () => {
    await renderApp(snapshot({ welcome: { dueChecklistIds: [] }, feeds: [project] }));
    const welcome = await screen.findByRole('heading', { level: 1, name: /Welcome/ });
    const section = welcome.closest('section') as HTMLElement;
    within(section).getByRole('checkbox', { name: /new deadlines/ });
  });

  it('marks a withdrawn checklist as no longer in the catalog', async () => {
    const withdrawn = view(dueChecklist('old-one', NOW + 86_400_000), {
      origin: {
        kind: 'feed',
        feedId: 'project',
        host: 'raw.githubusercontent.com',
        isProject: true,
        isSigned: true,
        isWithdrawn: true,
      },
    });
    await renderApp(snapshot({ checklists: [withdrawn] }));
    await screen.findByText(/No longer in the catalog/);
  });
});
