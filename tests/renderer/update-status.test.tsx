import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StateSnapshot, UpdateStatus } from '../../src/shared/ipc.ts';
import { renderApp } from './support/render-app.tsx';
import { NOW, snapshot } from './support/snapshots.ts';

afterEach(cleanup);

const available: UpdateStatus = {
  phase: 'available',
  version: '0.3.0',
  percent: null,
  canInstall: true,
  releasePage: 'https://github.com/optout-reminder/optout-reminder/releases/tag/v0.3.0',
  lastCheckAt: new Date(NOW).toISOString(),
};

async function openSettings(change: Partial<StateSnapshot> = {}) {
  const fake = await renderApp(snapshot(change));
  const name = change.locale === 'nl' ? 'Instellingen' : 'Settings';
  fireEvent.click(screen.getByRole('button', { name }));
  // The Settings view loads lazily: give a busy machine time.
  await screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
  return fake;
}

/** The update line and buttons in Settings › About, once About has loaded. */
async function aboutUpdate() {
  const line = await screen.findByText(/version|Version|update itself|Versie/, {
    selector: '[data-update-phase]',
  });
  return { line, section: line.closest('.update-status') as HTMLElement };
}

describe('app updates in the window', () => {
  it('ask for their own consent, off by default, saying what is sent', async () => {
    const fake = await openSettings({ update: { ...available, phase: 'off', version: null } });
    const box = screen.getByRole('checkbox', { name: /new version of the app/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBe('consent-app-updates-sent');
    screen.getByText(/nothing about you is sent/);
    await act(async () => {
      fireEvent.click(box);
    });
    expect(fake.callsOf('updateSettings')).toEqual([[{ checkAppUpdates: true }]]);
    const { line, section } = await aboutUpdate();
    expect(line.textContent).toBe('Checking for new versions is off.');
    expect(within(section).queryAllByRole('button')).toEqual([]);
  });

  it('offer Download and install for a new version, then Restart now', async () => {
    const fake = await openSettings({ update: available });
    const { line, section } = await aboutUpdate();
    expect(line.textContent).toBe('Version 0.3.0 is available.');
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Download and install' }));
    });
    expect(fake.callsOf('downloadUpdate')).toEqual([[]]);
    // The release page stays offered beside it, for when a download does not work out.
    within(section).getByRole('button', { name: 'Open the release page' });

    act(() =>
      fake.push({ ...fake.current(), update: { ...available, phase: 'downloading', percent: 40 } }),
    );
    expect(line.textContent).toBe('Downloading version 0.3.0: 40%');
    act(() => fake.push({ ...fake.current(), update: { ...available, phase: 'downloaded' } }));
    expect(line.textContent).toBe(
      'Version 0.3.0 is ready. Restart now to install it, or it is installed the next time you quit.',
    );
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Restart now' }));
    });
    expect(fake.callsOf('installUpdate')).toEqual([[]]);
  });

  it('point a system package (deb) to the release page; Check for a new version asks main', async () => {
    const fake = await openSettings({ update: { ...available, canInstall: false } });
    const { line, section } = await aboutUpdate();
    expect(line.textContent).toMatch(/installed as a system package/);
    expect(within(section).queryByRole('button', { name: 'Download and install' })).toBe(null);
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Open the release page' }));
    });
    expect(fake.callsOf('openReleasePage')).toEqual([[]]);
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Check for a new version' }));
    });
    expect(fake.callsOf('checkForUpdates')).toEqual([[]]);
  });

  it('say when a downloaded version could not be installed, leaving the release page', async () => {
    await openSettings({ update: { ...available, phase: 'install-failed' } });
    const { line, section } = await aboutUpdate();
    expect(line.textContent).toBe(
      'Version 0.3.0 is available, but this copy could not install it itself. Get it from the release page.',
    );
    expect(within(section).queryByRole('button', { name: 'Download and install' })).toBe(null);
    within(section).getByRole('button', { name: 'Open the release page' });
  });

  it('speak Dutch too', async () => {
    await openSettings({ locale: 'nl', update: available });
    const { line } = await aboutUpdate();
    expect(line.textContent).toBe('Versie 0.3.0 is beschikbaar.');
  });

  it('are offered in the welcome beside the new deadlines', async () => {
    await renderApp(snapshot({ welcome: { dueChecklistIds: [] } }));
    const welcome = await screen.findByRole('heading', { level: 1, name: /Welcome/ });
    const section = welcome.closest('section') as HTMLElement;
    within(section).getByRole('checkbox', { name: /new version of the app/ });
    within(section).getByRole('checkbox', { name: /new deadlines/ });
  });
});
