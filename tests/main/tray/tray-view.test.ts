import { describe, expect, it } from 'vitest';
import { buildTrayView, trayIconPath } from '../../../src/main/tray/tray-view.ts';
import type { TraySummary } from '../../../src/shared/reminders/index.ts';

const summary: TraySummary = {
  state: 'soon',
  tooltip: 'AI training — 2 days left',
  items: [{ checklistId: 'linkedin-ai-training', label: 'AI training — 2 days left', deadline: 1 }],
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
      { id: 'checklist:linkedin-ai-training', label: 'AI training — 2 days left' },
      { type: 'separator' },
      { id: 'open', label: 'Open checklist…' },
      {
        type: 'submenu',
        label: 'Snooze all',
        items: [
          { id: 'snooze-all:1h', label: 'For 1 hour' },
          { id: 'snooze-all:tomorrow-9', label: 'Until tomorrow 09:00' },
          { id: 'snooze-all:1w', label: 'For 1 week' },
        ],
      },
      { type: 'checkbox', id: 'pause', label: 'Pause reminders', checked: false },
      { type: 'checkbox', id: 'start-at-login', label: 'Start at login', checked: false },
      { type: 'separator' },
      { id: 'about', label: 'About Opt-out Reminder' },
      { id: 'quit', label: 'Quit' },
    ]);
  });

  it('offers "Resume reminders" while snoozed and checks pause and login', () => {
    const result = view({ isSnoozed: true, isPaused: true, startAtLogin: true });
    const snooze = result.menu.find((item) => item.type === 'submenu');
    expect(snooze?.type === 'submenu' && snooze.items.at(-1)).toEqual({
      id: 'snooze-all:off',
      label: 'Resume reminders',
    });
    expect(result.menu).toContainEqual({
      type: 'checkbox',
      id: 'pause',
      label: 'Pause reminders',
      checked: true,
    });
    expect(result.menu).toContainEqual({
      type: 'checkbox',
      id: 'start-at-login',
      label: 'Start at login',
      checked: true,
    });
    expect(result.tooltip).toBe('AI training — 2 days left\nReminders paused');
  });

  it('switches to the attention icon and says why when notifications fail', () => {
    const result = view({ attention: 'notifications', locale: 'nl' });
    expect(result.iconPath).toBe('/icons/tray-attention.png');
    expect(result.tooltip).toContain('Meldingen konden niet worden getoond');
    expect(result.menu.map((item) => ('label' in item ? item.label : '---'))).toContain(
      'Afsluiten',
    );
  });

  it('has no checklist lines and no leading separator when all is clear', () => {
    const result = view({ summary: { state: 'clear', tooltip: 'All done', items: [] } });
    expect(result.menu[0]).toEqual({ id: 'open', label: 'Open checklist…' });
  });
});
