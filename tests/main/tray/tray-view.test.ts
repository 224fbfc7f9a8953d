import { describe, expect, it } from 'vitest';
import { defaultStoreData } from '../../../src/main/store/schema.ts';
import {
  buildTrayView,
  clipTrayText,
  NO_TRAY_DATA,
  trayIconPath,
  trayViewInput,
  trayViewOf,
} from '../../../src/main/tray/tray-view.ts';
import type { TraySummary } from '../../../src/shared/reminders/index.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema.ts';
import { createTestAppState } from '../../support/app-state.ts';

const summary: TraySummary = {
  state: 'soon',
  tooltip: 'AI training — 2 days left',
  items: [{ checklistId: 'linkedin-ai-training', label: 'AI training — 2 days left', deadline: 1 }],
  more: null,
};

function view(overrides: Partial<Parameters<typeof buildTrayView>[0]> = {}) {
  return buildTrayView({
    summary,
    locale: 'en',
    platform: 'linux',
    iconsDir: '/icons',
    isPaused: false,
    isSnoozed: false,
    startAtLogin: false,
    update: null,
    attention: null,
    ...overrides,
  });
}

describe('tray view', () => {
  it.each([
    ['linux', 'clear', '/icons/tray-clear.png'],
    ['linux', 'overdue', '/icons/tray-overdue.png'],
    ['win32', 'soon', '/icons/tray-soon.ico'],
    ['win32', 'open', '/icons/tray-open.ico'],
    ['darwin', 'open', '/icons/tray-openTemplate.png'],
    ['darwin', 'attention', '/icons/tray-attentionTemplate.png'],
  ] as const)('on %s uses the right icon file for %s', (platform, state, path) => {
    expect(trayIconPath('/icons', state, platform)).toBe(path);
  });

  it('shows the state icon, the summary tooltip, and the whole menu', () => {
    const result = view();
    expect(result.iconPath).toBe('/icons/tray-soon.png');
    expect(result.tooltip).toBe('AI training — 2 days left');
    expect(result.menu).toEqual([
      {
        command: { kind: 'open-checklist', checklistId: 'linkedin-ai-training' },
        label: 'AI training — 2 days left',
      },
      { type: 'separator' },
      { command: { kind: 'open' }, label: 'Open checklist…' },
      {
        type: 'submenu',
        label: 'Snooze all',
        items: [
          { command: { kind: 'snooze-all', preset: '1h' }, label: 'For 1 hour' },
          { command: { kind: 'snooze-all', preset: 'tomorrow-9' }, label: 'Until tomorrow 09:00' },
          { command: { kind: 'snooze-all', preset: '1w' }, label: 'For 1 week' },
        ],
      },
      {
        type: 'checkbox',
        command: { kind: 'toggle-pause' },
        label: 'Pause reminders',
        checked: false,
      },
      {
        type: 'checkbox',
        command: { kind: 'toggle-start-at-login' },
        label: 'Start at login',
        checked: false,
      },
      { type: 'separator' },
      { command: { kind: 'about' }, label: 'About Opt-out Reminder' },
      { command: { kind: 'quit' }, label: 'Quit' },
    ]);
  });

  it('offers "Resume reminders" while snoozed and checks pause and login', () => {
    const result = view({ isSnoozed: true, isPaused: true, startAtLogin: true });
    const snooze = result.menu.find((item) => item.type === 'submenu');
    expect(snooze?.type === 'submenu' && snooze.items.at(-1)).toEqual({
      command: { kind: 'snooze-all', preset: 'off' },
      label: 'Resume reminders',
    });
    expect(result.menu).toContainEqual({
      type: 'checkbox',
      command: { kind: 'toggle-pause' },
      label: 'Pause reminders',
      checked: true,
    });
    expect(result.menu).toContainEqual({
      type: 'checkbox',
      command: { kind: 'toggle-start-at-login' },
      label: 'Start at login',
      checked: true,
    });
    expect(result.tooltip).toBe('AI training — 2 days left\nReminders paused');
  });

  it('says in the tooltip that all reminders are snoozed', () => {
    expect(view({ isSnoozed: true }).tooltip).toBe(
      'AI training — 2 days left\nAll reminders snoozed',
    );
    expect(view({ isSnoozed: true, locale: 'nl' }).tooltip).toBe(
      'AI training — 2 days left\nAlle herinneringen uitgesteld',
    );
  });

  it('switches to the attention icon and says why when notifications fail', () => {
    const result = view({ attention: 'notifications', locale: 'nl' });
    expect(result.iconPath).toBe('/icons/tray-attention.png');
    expect(result.tooltip).toContain('Meldingen konden niet worden getoond');
    expect(result.menu.map((item) => ('label' in item ? item.label : '---'))).toContain(
      'Afsluiten',
    );
  });

  it('lists the checklists the summary names, then one line for the rest that opens the window', () => {
    const result = view({
      summary: { ...summary, more: { count: 9_990, label: '9,990 more checklists…' } },
    });
    expect(result.menu.slice(0, 3)).toEqual([
      {
        command: { kind: 'open-checklist', checklistId: 'linkedin-ai-training' },
        label: 'AI training — 2 days left',
      },
      { command: { kind: 'open' }, label: '9,990 more checklists…' },
      { type: 'separator' },
    ]);
  });

  it('has no checklist lines and no leading separator when all is clear', () => {
    const result = view({
      summary: { state: 'clear', tooltip: 'All done', items: [], more: null },
    });
    expect(result.menu[0]).toEqual({ command: { kind: 'open' }, label: 'Open checklist…' });
  });
});

describe('tray view input', () => {
  const NOW = Date.UTC(2026, 10, 24, 12);
  const environment = { platform: 'linux' as const, iconsDir: '/icons' };
  const input = (
    settings: Partial<typeof DEFAULT_SETTINGS> = {},
    notices: { kind: Parameters<typeof trayViewInput>[0]['notices'][number]['kind'] }[] = [],
  ) =>
    trayViewInput(
      {
        settings: { ...DEFAULT_SETTINGS, ...settings },
        notices: notices.map((notice) => ({ ...notice, at: '2026-11-24T11:00:00.000Z' })),
        now: NOW,
        locale: 'en',
        update: null,
      },
      summary,
      environment,
    );

  it('passes the summary and the settings the tray shows', () => {
    expect(input({ startAtLogin: true })).toEqual({
      summary,
      locale: 'en',
      platform: 'linux',
      iconsDir: '/icons',
      isPaused: false,
      isSnoozed: false,
      startAtLogin: true,
      update: null,
      attention: null,
    });
  });

  it('is paused while a pause lasts, and snoozed until the snooze ends', () => {
    expect(input({ paused: true }).isPaused).toBe(true);
    expect(input({ paused: { until: '2026-11-24T12:00:00.000Z' } }).isPaused).toBe(false);
    expect(input({ paused: { until: '2026-11-24T12:00:00.001Z' } }).isPaused).toBe(true);
    expect(input({ snoozeAllUntil: '2026-11-24T12:00:00.000Z' }).isSnoozed).toBe(false);
    expect(input({ snoozeAllUntil: '2026-11-24T13:00:00.000Z' }).isSnoozed).toBe(true);
  });

  it('asks for attention for notification trouble first, then for trouble with the data file', () => {
    expect(input({}, [{ kind: 'store-read-only' }]).attention).toBe('store');
    expect(
      input({}, [{ kind: 'store-write-failed' }, { kind: 'notification-failed' }]).attention,
    ).toBe('notifications');
    expect(input({}, [{ kind: 'notifications-unsupported' }]).attention).toBe('notifications');
    expect(input({}, [{ kind: 'notification-failed-macos' }]).attention).toBe('notifications');
  });

  it('shows a new version as a menu line above "Open checklist…", and "Restart to update" once downloaded', () => {
    const update = {
      phase: 'available' as const,
      version: '0.3.0',
      percent: null,
      canInstall: true,
      releasePage: null,
      lastCheckAt: '2026-11-24T09:00:00.000Z',
    };
    const labels = (result: ReturnType<typeof view>) =>
      result.menu.map((item) => ('label' in item ? item.label : '—'));
    expect(labels(view({ update }))).toEqual([
      'AI training — 2 days left',
      '—',
      'Version 0.3.0 is available',
      'Open checklist…',
      'Snooze all',
      'Pause reminders',
      'Start at login',
      '—',
      'About Opt-out Reminder',
      'Quit',
    ]);
    expect(labels(view({ update: { ...update, phase: 'downloaded' } }))).toContain(
      'Restart to update to version 0.3.0',
    );
    expect(labels(view({ update: { ...update, phase: 'available' }, locale: 'nl' }))).toContain(
      'Versie 0.3.0 is beschikbaar',
    );
    for (const phase of ['off', 'up-to-date', 'failed', 'checking'] as const)
      expect(labels(view({ update: { ...update, phase } }))).not.toContain(
        'Version 0.3.0 is available',
      );
  });
});

describe('the tray of a profile with nothing saved (the first drawing without a usable file)', () => {
  it('reads the settings defaults of the schema, and the data of a fresh store', () => {
    const fresh = defaultStoreData();
    const { settings, ...rest } = NO_TRAY_DATA;
    expect(settings).toEqual(
      Object.fromEntries(
        Object.keys(settings).map((key) => [key, DEFAULT_SETTINGS[key as keyof typeof settings]]),
      ),
    );
    expect(rest).toEqual({
      progress: fresh.progress,
      customChecklists: fresh.customChecklists,
      packs: fresh.packs,
      catalogFeeds: fresh.catalogFeeds,
    });
  });

  it('draws as the fresh store draws', () => {
    const fresh = defaultStoreData();
    const environment = { platform: 'linux' as const, iconsDir: '/icons' };
    const at = {
      notices: [],
      now: Date.parse('2026-11-24T12:00:00Z'),
      locale: 'en' as const,
      update: null,
    };
    expect(
      trayViewOf(NO_TRAY_DATA, { ...at, settings: NO_TRAY_DATA.settings }, environment),
    ).toEqual(trayViewOf(fresh, { ...at, settings: fresh.settings }, environment));
  });
});

describe('tray text length', () => {
  it('cuts a checklist line and the tooltip after 100 characters, counting characters, not UTF-16 units', () => {
    const long = `${'🔒'.repeat(60)}${'x'.repeat(60)} — 2 days left`;
    const built = view({
      summary: {
        ...summary,
        tooltip: long,
        items: [{ checklistId: 'long', label: long, deadline: 1 }],
      },
      attention: 'store',
    });
    const line = built.menu.find(
      (item) => 'command' in item && item.command.kind === 'open-checklist',
    );
    const label = line && 'label' in line ? line.label : '';
    expect(Array.from(label)).toHaveLength(100);
    expect(label).toBe(`${'🔒'.repeat(60)}${'x'.repeat(39)}…`);
    const [first, second] = built.tooltip.split('\n');
    expect(first).toBe(label);
    expect(second).toBe('Your saved data needed attention — open the window for details.');
  });

  it('leaves lines of 100 characters or fewer alone', () => {
    const exact = 'y'.repeat(100);
    expect(clipTrayText(exact)).toBe(exact);
    expect(clipTrayText('LinkedIn: AI training — 12 days left')).toBe(
      'LinkedIn: AI training — 12 days left',
    );
  });
});

describe('tray order', () => {
  it.each([
    ['en-US', 'US'],
    ['nl-NL', 'NL'],
    ['en-GB', null],
  ] as const)(
    'lists the open checklists as the window does (%s, country %s)',
    (language, country) => {
      const { state } = createTestAppState({
        now: Date.parse('2026-11-24T12:00:00Z'),
        languages: [language],
      });
      state.update((data) => ({ ...data, settings: { ...data.settings, country } }));
      const snapshot = state.snapshot();
      const inWindow = snapshot.checklists
        .filter((view) => view.status === 'open' && view.isRelevant)
        .map((view) => view.checklist.id);
      const environment = { platform: 'linux' as const, iconsDir: '/icons' };
      const tray = trayViewOf(state.data, snapshot, environment);
      const inTray = tray.menu.flatMap((item) =>
        'command' in item && item.command?.kind === 'open-checklist'
          ? [item.command.checklistId]
          : [],
      );
      // Several of these have no deadline: the tie-break decides their order.
      expect(inTray.length).toBeGreaterThan(3);
      expect(inTray).toEqual(inWindow.slice(0, inTray.length));
    },
  );
});
