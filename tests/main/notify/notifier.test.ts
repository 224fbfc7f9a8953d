import { describe, expect, it, vi } from 'vitest';
import { Notifier, reminderText } from '../../../src/main/notify/notifier.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import type { PlannedReminder } from '../../../src/shared/reminders/types.ts';
import { configure } from '../../support/electron-stand-in/config.ts';
import { Notification } from '../../support/electron-stand-in/index.ts';
import { dueChecklist } from '../../support/fixtures.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const now = Date.UTC(2026, 10, 23, 8);
const checklist = dueChecklist('test-deadline', now + 3 * 86_400_000 + 3_600_000);
const lead: PlannedReminder = {
  key: 'test-deadline:lead:4320',
  checklistId: 'test-deadline',
  kind: 'lead',
  instant: now,
  occurrence: now,
  urgency: 2,
  leadMinutes: 4320,
  deadline: now + 3 * 86_400_000 + 3_600_000,
};

function notifier(overrides: Partial<ConstructorParameters<typeof Notifier>[0]> = {}) {
  const events = {
    open: vi.fn(),
    settings: vi.fn(),
    tomorrow: vi.fn(),
    failed: vi.fn(),
  };
  const instance = new Notifier({
    locale: () => 'en',
    zone: () => 'Europe/Amsterdam',
    now: () => now,
    supportsActions: true,
    onOpen: events.open,
    onOpenSettingsPage: events.settings,
    onRemindTomorrow: events.tomorrow,
    onFailed: events.failed,
    ...overrides,
  });
  return { instance, events };
}

const content = {
  reminder: lead,
  checklist,
  progress: { steps: {} },
  preferredPlatform: null,
  otherChecklistIds: [],
};

describe('reminder text', () => {
  it('names the checklist, the time left and the next step, in English and Dutch', () => {
    expect(reminderText(content, 'en', now, 'Europe/Amsterdam')).toEqual({
      title: 'Example: Object to data use — 3 days left',
      body: 'Next step: Open the privacy page',
    });
    expect(
      reminderText({ ...content, otherChecklistIds: ['b', 'c'] }, 'nl', now, 'Europe/Amsterdam'),
    ).toEqual({
      title: 'Example: Bezwaar tegen gegevensgebruik — nog 3 dagen',
      body: 'Volgende stap: Open de privacypagina\nNog 2 vragen aandacht.',
    });
  });

  it('names a checklist whose title starts with its organisation once', () => {
    const meta = builtinCatalog.find((entry) => entry.id === 'meta-ai-training');
    if (!meta) throw new Error('no Meta checklist');
    const text = (locale: 'en' | 'nl') =>
      reminderText(
        { ...content, checklist: meta, reminder: { ...lead, checklistId: meta.id } },
        locale,
        now,
        'Europe/Amsterdam',
      ).title;
    expect(text('en')).toBe('Meta: object to AI training — 3 days left');
    expect(text('nl')).toBe('Meta: bezwaar tegen AI-training — nog 3 dagen');
  });

  it('skips ticked steps and asks to re-check a finished checklist', () => {
    const ticked = { steps: { web: { 'open-privacy': '2026-11-20T10:00:00.000Z' } } };
    expect(reminderText({ ...content, progress: ticked }, 'en', now, 'Europe/Amsterdam').body).toBe(
      'Next step: Switch the setting off',
    );
    const recheck = { ...lead, kind: 'recheck' as const };
    expect(reminderText({ ...content, reminder: recheck }, 'en', now, 'Europe/Amsterdam')).toEqual({
      title: 'Example: Object to data use — time to check it is still off',
      body: '',
    });
  });
});

describe('Notifier', () => {
  it('shows actions where the OS supports them and routes clicks and actions', () => {
    const { instance, events } = notifier();
    instance.show(content);
    const shown = Notification.shown.at(-1);
    expect(shown?.options.actions?.map((action) => action.text)).toEqual([
      'Open settings page',
      'Remind me tomorrow',
    ]);
    shown?.simulateAction(0);
    shown?.simulateAction(1);
    shown?.simulateClick();
    expect(events.settings).toHaveBeenCalledWith('test-deadline');
    expect(events.tomorrow).toHaveBeenCalledWith(['test-deadline']);
    expect(events.open).toHaveBeenCalledWith('test-deadline');
  });

  it('on a digest, "Remind me tomorrow" covers every checklist it counts; a click and the settings page are the named one\'s', () => {
    const { instance, events } = notifier();
    instance.show({ ...content, otherChecklistIds: ['second-thing', 'third-thing'] });
    const shown = Notification.shown.at(-1);
    expect(shown?.options.body).toBe('Next step: Open the privacy page\n2 more need attention.');
    expect(shown?.options.actions?.map((action) => action.text)).toEqual([
      'Open settings page',
      'Remind me tomorrow',
    ]);
    shown?.simulateAction(1);
    expect(events.tomorrow).toHaveBeenCalledWith(['test-deadline', 'second-thing', 'third-thing']);
    shown?.simulateAction(0);
    shown?.simulateClick();
    expect(events.settings).toHaveBeenCalledWith('test-deadline');
    expect(events.open).toHaveBeenCalledWith('test-deadline');
  });

  it('shows no action buttons on Linux', () => {
    notifier({ supportsActions: false }).instance.show(content);
    expect(Notification.shown.at(-1)?.options.actions).toEqual([]);
  });

  it('reports a failed notification', () => {
    const { instance, events } = notifier();
    instance.show(content);
    Notification.shown.at(-1)?.simulateFailure('not signed');
    expect(events.failed).toHaveBeenCalledWith('failed');
  });

  it('reports where notifications are unsupported instead of showing one', async () => {
    configure({ notificationsSupported: false });
    try {
      const { instance, events } = notifier();
      const before = Notification.shown.length;
      instance.show(content);
      expect(await instance.test()).toBe(false);
      expect(Notification.shown).toHaveLength(before);
      expect(events.failed).toHaveBeenCalledWith('unsupported');
    } finally {
      configure({ notificationsSupported: true });
    }
  });

  it('reports a test notification as delivered once shown, and as failed when it fails', async () => {
    const { instance, events } = notifier();
    expect(await instance.test()).toBe(true);
    configure({ notificationFailure: 'not permitted' });
    try {
      expect(await instance.test()).toBe(false);
      expect(events.failed).toHaveBeenCalledWith('failed');
    } finally {
      configure({ notificationFailure: null });
    }
  });
});
