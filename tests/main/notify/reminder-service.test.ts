import { describe, expect, it, vi } from 'vitest';
import { Notifier } from '../../../src/main/notify/notifier.ts';
import { createReminderDelivery } from '../../../src/main/notify/reminder-service.ts';
import { snoozeEach } from '../../../src/main/state/snooze.ts';
import { StoreWriteError } from '../../../src/main/store/repository.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { Notification } from '../../support/electron-stand-in/index.ts';
import { dueChecklist, onlyDueChecklist } from '../../support/fixtures.ts';
import { builtinsDismissed } from '../../support/profile.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 23, 8);
const DEADLINE = T0 + 3 * 24 * HOUR + HOUR;

function setup(options: { welcomeDone: boolean }) {
  const app = createTestAppState({ now: T0 });
  app.state.update((data) => ({
    ...onlyDueChecklist(data, DEADLINE),
    ui: { ...data.ui, welcomeFinishedAt: options.welcomeDone ? '2026-11-01T00:00:00.000Z' : null },
  }));
  const notifier = new Notifier({
    locale: () => 'en',
    zone: () => 'Europe/Amsterdam',
    now: () => app.state.now(),
    supportsActions: false,
    onOpen: () => {},
    onOpenSettingsPage: () => {},
    onRemindTomorrow: () => {},
    onFailed: () => {},
  });
  const shownBefore = Notification.shown.length;
  return {
    ...app,
    ...createReminderDelivery(app.state, notifier),
    shown: () => Notification.shown.slice(shownBefore).map((n) => n.options.title),
  };
}

describe('delivering due reminders', () => {
  it('on the first launch shows what is already due in the welcome, but notifies what comes due later', () => {
    const { state, setNow, deliverDue, shown } = setup({ welcomeDone: false });
    setNow(DEADLINE - 2 * 24 * HOUR); // the 3-day lead is already due at launch
    deliverDue({ atLaunch: true });
    expect(shown()).toEqual([]);
    expect(state.snapshot().welcome).toEqual({ dueChecklistIds: ['test-deadline'] });

    // The user closes the welcome with ✕ and keeps the app in the tray: the deadline still reminds.
    setNow(DEADLINE);
    deliverDue({ atLaunch: false });
    expect(shown()).toEqual(['Example: Object to data use — deadline reached']);
  });

  it('records what fired before showing it, so a crash in between never repeats it', () => {
    const { setNow, deliverDue, state, repository } = setup({ welcomeDone: true });
    const order: string[] = [];
    const write = repository.update.bind(repository);
    vi.spyOn(repository, 'update').mockImplementation((change) => {
      order.push('write');
      return write(change);
    });
    const show = vi.spyOn(Notification.prototype, 'show');
    show.mockImplementation(function (this: Notification) {
      order.push(`show: ${this.options.title}`);
      Notification.shown.push(this);
    });
    setNow(T0 + HOUR);
    try {
      deliverDue({ atLaunch: false });
    } finally {
      show.mockRestore();
    }
    expect(order).toEqual(['write', 'show: Example: Object to data use — 3 days left']);
    expect(state.data.firedLog.map((entry) => entry.checklistId)).toEqual(['test-deadline']);
  });

  it('shows nothing new on a second wake-up', () => {
    const { setNow, deliverDue, shown } = setup({ welcomeDone: true });
    setNow(T0 + HOUR);
    deliverDue({ atLaunch: false });
    deliverDue({ atLaunch: false });
    expect(shown()).toEqual(['Example: Object to data use — 3 days left']);
  });

  it('keeps what it could not save in memory and saves it with the next successful write', () => {
    const { setNow, deliverDue, shown, state, repository } = setup({ welcomeDone: true });
    const update = repository.update;
    // The disk is full for one write.
    const failing = vi.spyOn(repository, 'update').mockImplementationOnce(() => {
      throw new StoreWriteError('io', 'ENOSPC');
    });
    setNow(T0 + HOUR);
    deliverDue({ atLaunch: false });
    expect(shown()).toHaveLength(1);
    failing.mockRestore();
    expect(repository.update).toBe(update);
    // Nothing new is due, and the earlier reminder is not repeated.
    deliverDue({ atLaunch: false });
    expect(shown()).toHaveLength(1);
    setNow(DEADLINE);
    deliverDue({ atLaunch: false });
    expect(shown()).toHaveLength(2);
    // Both are saved now: the one kept in memory and the deadline reminder.
    expect(state.data.firedLog.map((entry) => entry.firedAt)).toEqual([DEADLINE, T0 + HOUR]);
  });
});

describe('the next wake-up', () => {
  it('is answered from state alone, without delivering or recording anything', () => {
    const { setNow, nextWakeAt, shown, state } = setup({ welcomeDone: true });
    expect(nextWakeAt()).toBe(T0 + HOUR); // the 3-day lead
    setNow(T0 + HOUR);
    expect(nextWakeAt()).toBe(T0 + HOUR); // due now: wake at once
    expect(shown()).toEqual([]);
    expect(state.data.firedLog).toEqual([]);
  });
});

describe('delivering due reminders in read-only mode', () => {
  it('remembers for this run what it showed, so a wake-up never repeats it (the notice says a restart may)', () => {
    const { setNow, deliverDue, shown, state, repository } = setup({ welcomeDone: true });
    // From here on nothing can be saved, as in read-only mode.
    vi.spyOn(repository, 'update').mockImplementation(() => {
      throw new StoreWriteError('read-only', 'the store is read-only');
    });
    setNow(T0 + HOUR);
    deliverDue({ atLaunch: false });
    setNow(T0 + 2 * HOUR);
    deliverDue({ atLaunch: false });
    deliverDue({ atLaunch: false });
    expect(shown()).toEqual(['Example: Object to data use — 3 days left']);
    expect(state.data.firedLog).toEqual([]);
  });
});

describe('"Remind me tomorrow" on a digest', () => {
  it('brings back every checklist it counted, together, tomorrow at 09:00, and none before', () => {
    // Monday 23 November 2026, 10:00 in Amsterdam: the 14-day lead reminders of three
    // checklists (due in 10, 11 and 12 days) came while the app was closed.
    const app = createTestAppState({ now: T0 + HOUR });
    const titles = ['First thing', 'Second thing', 'Third thing'];
    app.state.update((data) => ({
      ...data,
      settings: { ...data.settings, country: 'NL' },
      customChecklists: titles.map((title, i) => ({
        ...dueChecklist(`checklist-${i}`, T0 + (10 + i) * 24 * HOUR),
        title: { en: title, nl: title },
      })),
      progress: builtinsDismissed(),
      ui: { ...data.ui, welcomeFinishedAt: '2026-11-01T00:00:00.000Z' },
    }));
    const notifier = new Notifier({
      locale: () => 'en',
      zone: () => 'Europe/Amsterdam',
      now: () => app.state.now(),
      supportsActions: true,
      onOpen: () => {},
      onOpenSettingsPage: () => {},
      // As the app wires it.
      onRemindTomorrow: (ids) =>
        app.state.tryUpdate((data) =>
          snoozeEach(data, ids, 'tomorrow-9', {
            now: app.state.now(),
            zone: app.state.zone(),
          }),
        ),
      onFailed: () => {},
    });
    const { deliverDue } = createReminderDelivery(app.state, notifier);
    const shownBefore = Notification.shown.length;
    const shown = () =>
      Notification.shown.slice(shownBefore).map((n) => `${n.options.title} | ${n.options.body}`);

    deliverDue({ atLaunch: true });
    const digest =
      'Example: First thing — 10 days left | Next step: Open the privacy page\n2 more need attention.';
    expect(shown()).toEqual([digest]);

    const writes = vi.spyOn(app.repository, 'update');
    Notification.shown.at(-1)?.simulateAction(1); // "Remind me tomorrow"
    expect(writes).toHaveBeenCalledTimes(1);

    // The scheduler wakes at least every few minutes; hourly is enough to see anything due.
    const tomorrow9 = T0 + 24 * HOUR; // Tuesday 09:00 in Amsterdam
    for (let at = T0 + 2 * HOUR; at < tomorrow9; at += HOUR) {
      app.setNow(at);
      deliverDue({ atLaunch: false });
    }
    app.setNow(tomorrow9 - 60_000);
    deliverDue({ atLaunch: false });
    expect(shown()).toEqual([digest]);

    app.setNow(tomorrow9);
    deliverDue({ atLaunch: false });
    expect(shown()).toEqual([
      digest,
      'Example: First thing — 9 days left | Next step: Open the privacy page\n2 more need attention.',
    ]);
  });
});
