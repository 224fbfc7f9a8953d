import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcError, StateSnapshot } from '../../src/shared/ipc.ts';
import { openDetail, renderApp } from './support/render-app.tsx';
import { builtin, snapshot, view } from './support/snapshots.ts';

afterEach(cleanup);

const LINKEDIN = 'LinkedIn: AI training';

async function openLinkedIn(change: Partial<StateSnapshot> = {}) {
  const fake = await renderApp(snapshot(change));
  await openDetail(LINKEDIN);
  return fake;
}

/** Clicks and lets the fake's answer settle. */
async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe('platform tabs', () => {
  it('default to the OS platform, and the user’s last choice wins', async () => {
    await openLinkedIn({ platform: { os: 'android', preferred: null } });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Android');
    cleanup();
    await openLinkedIn({ platform: { os: 'android', preferred: 'ios' } });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('iPhone');
    screen.getByRole('tabpanel', { name: 'iPhone' });
  });

  it('remember a chosen tab through setPreferredPlatform and show that path', async () => {
    const fake = await openLinkedIn();
    await click(screen.getByRole('tab', { name: 'iPhone' }));
    expect(fake.callsOf('setPreferredPlatform')).toEqual([['ios']]);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('iPhone');
    screen.getByRole('checkbox', { name: 'Tap your profile photo (top left).' });
  });

  it('move with the arrow keys, Home and End, with one tab stop', async () => {
    const fake = await openLinkedIn();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    await act(async () => {
      fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
    });
    expect(document.activeElement?.textContent).toBe('iPhone');
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('tab', { name: 'iPhone' }), { key: 'End' });
    });
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('tab', { name: 'Android' }), { key: 'ArrowRight' });
    });
    expect(fake.callsOf('setPreferredPlatform')).toEqual([['ios'], ['android'], ['web']]);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Web');
  });
});

describe('steps', () => {
  it('are numbered real checkboxes that tick through toggleStep and announce progress', async () => {
    const fake = await openLinkedIn();
    const steps = within(screen.getByRole('tabpanel')).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    const first = screen.getByRole('checkbox', { name: /Click Me \(your profile photo\)/ });
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('0 of 3 steps done');
    await click(first);
    expect(fake.callsOf('toggleStep')).toEqual([
      [
        {
          checklistId: 'linkedin-ai-training',
          platform: 'web',
          stepId: 'open-settings',
          done: true,
        },
      ],
    ]);
    expect((first as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 of 3 steps done').getAttribute('role')).toBe('status');
    await click(first);
    expect(fake.callsOf('toggleStep')[1]?.[0]).toMatchObject({ done: false });
    expect((first as HTMLInputElement).checked).toBe(false);
  });

  it('open their links through main, never by navigating', async () => {
    const fake = await openLinkedIn();
    await click(screen.getByRole('button', { name: 'Open www.linkedin.com' }));
    expect(fake.callsOf('openLink')).toEqual([
      [
        {
          checklistId: 'linkedin-ai-training',
          url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
        },
      ],
    ]);
    expect(document.querySelector('a[target]')).toBeNull();
  });
});

describe('actions', () => {
  it('open the settings page, mark done elsewhere, and dismiss as not relevant', async () => {
    const fake = await openLinkedIn();
    await click(screen.getByRole('button', { name: 'Open the settings page' }));
    expect(fake.callsOf('openSettingsPage')).toEqual([['linkedin-ai-training']]);
    await click(screen.getByRole('button', { name: 'Done elsewhere' }));
    expect(fake.callsOf('markDoneElsewhere')).toEqual([['linkedin-ai-training']]);
    screen.getByText(/Marked as done elsewhere, 31 October 2025 at 12:00/);
    await click(screen.getByRole('button', { name: 'Reopen' }));
    expect(fake.callsOf('reopen')).toEqual([['linkedin-ai-training']]);
    await click(screen.getByRole('button', { name: 'Not relevant to me' }));
    expect(fake.callsOf('dismiss')).toEqual([['linkedin-ai-training']]);
    screen.getByText(/Marked as not relevant to you/);
  });

  it('snooze with the three presets from a disclosure that Escape closes', async () => {
    const fake = await openLinkedIn();
    const toggle = screen.getByRole('button', { name: 'Snooze ▸' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const choices = ['For 1 hour', 'Until tomorrow 09:00', 'For 1 week'];
    for (const name of choices) screen.getByRole('button', { name });
    fireEvent.keyDown(screen.getByRole('button', { name: 'For 1 week' }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    await click(screen.getByRole('button', { name: 'Until tomorrow 09:00' }));
    expect(fake.callsOf('snooze')).toEqual([['linkedin-ai-training', 'tomorrow-9']]);
    screen.getByText(/Snoozed until 31 October 2025 at 13:00/);
    fireEvent.click(toggle);
    await click(screen.getByRole('button', { name: 'End the snooze' }));
    expect(fake.callsOf('snooze')[1]).toEqual(['linkedin-ai-training', 'off']);
  });

  it('say honestly that a passed deadline still leaves future data to protect', async () => {
    await renderApp();
    await openDetail('Meta: object to AI training');
    screen.getByText(/The deadline has passed\. Opting out now still protects your future data/);
    screen.getByText(/This address comes from a single secondary source/);
    screen.getByText('Deadline 27 May 2025 at 00:00 (157 days ago)');
  });

  it('ask for a re-check and confirm it with confirmStillDone', async () => {
    const fake = await renderApp(
      snapshot({
        checklists: [
          view(builtin('linkedin-ai-training'), {
            status: 'done',
            urgency: 'finished',
            needsRecheck: true,
            progress: {
              steps: {},
              completedAt: '2025-04-01T10:00:00.000Z',
              completedHow: 'path:ios',
            },
          }),
        ],
      }),
    );
    await openDetail(LINKEDIN);
    screen.getByRole('heading', { name: 'Is it still switched off?' });
    screen.getByText('Done on iPhone, 1 April 2025 at 12:00.');
    await click(screen.getByRole('button', { name: 'Yes, still off' }));
    expect(fake.callsOf('confirmStillDone')).toEqual([['linkedin-ai-training']]);
    expect(screen.queryByRole('heading', { name: 'Is it still switched off?' })).toBeNull();
  });

  it('offer to follow a checklist meant for another region', async () => {
    const fake = await renderApp(
      snapshot({ checklists: [view(builtin('linkedin-ai-training'), { isRelevant: false })] }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Not relevant/ }));
    await openDetail(LINKEDIN);
    await click(screen.getByRole('button', { name: 'Remind me anyway' }));
    expect(fake.callsOf('follow')).toEqual([['linkedin-ai-training']]);
  });
});

const READ_ONLY: IpcError = {
  code: 'read-only',
  messageKey: 'error.internal',
  message: 'Cannot save right now.',
};

/** What the window's polite live region last said. */
const said = () => document.getElementById('announcer')?.textContent;

describe('focus when the button pressed leaves with its prompt', () => {
  const recheck = () =>
    renderApp(
      snapshot({
        checklists: [
          view(builtin('linkedin-ai-training'), {
            status: 'done',
            urgency: 'finished',
            needsRecheck: true,
            progress: {
              steps: {},
              completedAt: '2025-04-01T10:00:00.000Z',
              completedHow: 'elsewhere',
            },
          }),
        ],
      }),
    );

  it('goes to Reopen after "Yes, still off"', async () => {
    await recheck();
    await openDetail(LINKEDIN);
    await click(screen.getByRole('button', { name: 'Yes, still off' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reopen' }));
    expect(said()).toBe('LinkedIn: AI training: confirmed as still switched off.');
  });

  it('goes to the first step after "No, walk me through it again"', async () => {
    await recheck();
    await openDetail(LINKEDIN);
    await click(screen.getByRole('button', { name: 'No, walk me through it again' }));
    expect(document.activeElement).toBe(
      within(screen.getByRole('tabpanel')).getAllByRole('checkbox')[0],
    );
    expect(said()).toBe('LinkedIn: AI training: reopened.');
  });

  it('goes to the status line after "Remind me anyway"', async () => {
    await renderApp(
      snapshot({ checklists: [view(builtin('linkedin-ai-training'), { isRelevant: false })] }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Not relevant/ }));
    await openDetail(LINKEDIN);
    await click(screen.getByRole('button', { name: 'Remind me anyway' }));
    expect(document.activeElement?.textContent).toMatch(/^Open /);
    expect(document.activeElement?.tagName).toBe('P');
    expect(said()).toBe('LinkedIn: AI training: you will get reminders for it.');
  });

  it('stays on the button, with nothing said, when the change fails', async () => {
    const fake = await openLinkedIn();
    const done = screen.getByRole('button', { name: 'Done elsewhere' });
    done.focus();
    fake.failNext('markDoneElsewhere', READ_ONLY);
    await click(done);
    expect(document.activeElement).toBe(done);
    expect(said()).toBe('');
  });

  it('shows main’s tab again when a chosen tab could not be saved', async () => {
    const fake = await openLinkedIn();
    fake.failNext('setPreferredPlatform', READ_ONLY);
    await click(screen.getByRole('tab', { name: 'iPhone' }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Web');
  });
});

describe('why this matters', () => {
  it('lists what is used, not used and caveats, marking unconfirmed facts', async () => {
    await openLinkedIn();
    const why = screen.getByRole('region', { name: 'Why this matters' });
    for (const name of ['What is used', 'What is not used', 'Good to know'])
      within(why).getByRole('heading', { name });
    const uncertain = within(why).getAllByText('reported, not confirmed');
    expect(uncertain.map((tag) => tag.closest('li')?.textContent)).toContainEqual(
      expect.stringContaining('It is likely a setting of your account'),
    );
  });

  it('lists the sources with their dates', async () => {
    await openLinkedIn();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(
      within(sources)
        .getByText(/NL Times/)
        .closest('li')?.textContent,
    ).toBe('NL Times (24 September 2025)');
  });

  it('shows a source with an address as a link that main opens by ids', async () => {
    const fake = await openLinkedIn();
    const sources = screen.getByRole('region', { name: 'Sources' });
    const iphoned = within(sources).getByRole('button', {
      name: 'Open iPhoned.nl: Zet gegevens delen voor AI op LinkedIn uit',
    });
    expect(iphoned.closest('li')?.textContent).toBe(
      'iPhoned.nl: Zet gegevens delen voor AI op LinkedIn uit (2 October 2025) www.iphoned.nl',
    );
    await click(iphoned);
    // Never the address itself: the renderer names the source, main looks it up.
    expect(fake.callsOf('openSource')).toEqual([
      [{ checklistId: 'linkedin-ai-training', sourceId: 'iphoned' }],
    ]);
    expect(fake.callsOf('openLink')).toEqual([]);
    // A source without an address is plain text.
    expect(within(sources).queryByRole('button', { name: /NL Times/ })).toBeNull();
  });

  it('shows an entry without an opt-out as information with what you can do', async () => {
    const fake = await renderApp(snapshot({ checklists: [view(builtin('meta-ai-chats-ads'))] }));
    expect(
      screen.getByRole('button', { name: /Meta: chats with Meta AI used for ads/ }).textContent,
    ).toContain('No opt-out');
    await openDetail('Meta: chats with Meta AI used for ads');
    screen.getByRole('heading', { level: 2, name: 'What you can do' });
    expect(screen.queryByRole('heading', { level: 2, name: 'Steps' })).toBeNull();
    screen.getByText(
      'There is no switch to opt out of this. The steps below are what you can do instead.',
    );
    expect(screen.queryByRole('button', { name: 'Open the settings page' })).toBeNull();
    expect(fake.callsOf('openSettingsPage')).toEqual([]);
  });

  it('marks imported entries with the pack they came from', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('linkedin-ai-training'), {
            origin: {
              kind: 'pack',
              packId: 'office',
              packName: 'Office pack',
              fileName: 'office.json',
              importedAt: '2025-10-01T10:00:00.000Z',
            },
          }),
        ],
      }),
    );
    await openDetail(LINKEDIN);
    screen.getByText(/Imported from the pack "Office pack" \(office\.json\)/);
  });
});

it('shows a deadline announced in another zone also in that zone', async () => {
  await renderApp(snapshot({ zone: 'America/New_York' }));
  await openDetail(LINKEDIN);
  screen.getByText(/^Deadline 2 November 2025 at 18:00/);
  screen.getByText('Announced as 3 November 2025 at 00:00 in the time zone Europe/Amsterdam.');
});

it('says so when the checklist is gone', async () => {
  const fake = await renderApp();
  fake.showChecklist('no-such-checklist');
  await screen.findByRole('heading', { name: 'This checklist no longer exists.' });
});
