/**
 * A fake `window.optout` for component tests: it keeps a snapshot, answers
 * each method the way main does in spirit (returns the new snapshot), and
 * records every call so tests can assert what the window asked for.
 */
import { act } from '@testing-library/react';
import type { Platform } from '../../../src/shared/catalog/schema.ts';
import type {
  ChecklistView,
  InvokeMethod,
  IpcError,
  IpcResult,
  OptoutApi,
  SettingsChange,
  StateSnapshot,
} from '../../../src/shared/ipc.ts';
import { applySettingsChange } from '../../../src/shared/settings/change.ts';

export interface FakeApi {
  api: OptoutApi;
  calls: { method: InvokeMethod; args: unknown[] }[];
  /** The snapshot main would hold now. */
  current(): StateSnapshot;
  /** Main pushes a new snapshot. */
  push(next: StateSnapshot): void;
  /** Main asks the window to show a checklist. */
  showChecklist(id: string): void;
  /** Main asks for Settings › About (tray "About Opt-out Reminder"). */
  showAbout(): void;
  /** The next call of `method` fails with this error. */
  failNext(method: InvokeMethod, error: IpcError): void;
  /** Overrides the answer of `method`. */
  answer(method: InvokeMethod, value: unknown): void;
  callsOf(method: InvokeMethod): unknown[][];
}

type Handler = (snapshot: StateSnapshot, ...args: never[]) => unknown;

function withChecklist(
  snapshot: StateSnapshot,
  id: string,
  change: (view: ChecklistView) => ChecklistView,
): StateSnapshot {
  return {
    ...snapshot,
    checklists: snapshot.checklists.map((view) => (view.checklist.id === id ? change(view) : view)),
  };
}

const iso = (snapshot: StateSnapshot) => new Date(snapshot.now).toISOString();

// Just enough of main's behaviour for the window to be exercised; the real
// rules are tested in tests/shared and tests/main.
const handlers: Partial<Record<InvokeMethod, Handler>> = {
  toggleStep: (
    s,
    {
      checklistId,
      platform,
      stepId,
      done,
    }: { checklistId: string; platform: Platform; stepId: string; done: boolean },
  ) =>
    withChecklist(s, checklistId, (view) => {
      const steps = { ...(view.progress.steps[platform] ?? {}) };
      if (done) steps[stepId] = iso(s);
      else delete steps[stepId];
      return {
        ...view,
        progress: { ...view.progress, steps: { ...view.progress.steps, [platform]: steps } },
      };
    }),
  markDoneElsewhere: (s, id: string) =>
    withChecklist(s, id, (view) => ({
      ...view,
      status: 'done',
      urgency: 'finished',
      progress: { ...view.progress, completedAt: iso(s), completedHow: 'elsewhere' },
    })),
  dismiss: (s, id: string) =>
    withChecklist(s, id, (view) => ({
      ...view,
      status: 'dismissed',
      urgency: 'finished',
      progress: { ...view.progress, dismissedAt: iso(s) },
    })),
  reopen: (s, id: string) =>
    withChecklist(s, id, (view) => ({
      ...view,
      status: 'open',
      needsRecheck: false,
      progress: { steps: view.progress.steps },
    })),
  snooze: (s, id: string, preset: string) =>
    withChecklist(s, id, (view) => ({
      ...view,
      snoozedUntil: preset === 'off' ? null : s.now + 3_600_000,
    })),
  confirmStillDone: (s, id: string) =>
    withChecklist(s, id, (view) => ({ ...view, needsRecheck: false })),
  follow: (s, id: string) => withChecklist(s, id, (view) => ({ ...view, isRelevant: true })),
  setPreferredPlatform: (s, platform: Platform) => ({
    ...s,
    platform: { ...s.platform, preferred: platform },
  }),
  finishWelcome: (s) => ({ ...s, welcome: null }),
  dismissNotice: (s, kind: string) => ({
    ...s,
    notices: s.notices.filter((notice) => notice.kind !== kind),
  }),
  // The real merge: the window sends changes, main merges them onto what it holds.
  updateSettings: (s, change: SettingsChange) => ({
    ...s,
    settings: applySettingsChange(s.settings, change),
    locale: change.language && change.language !== 'auto' ? change.language : s.locale,
  }),
  // Main's rule is only "off" here: the tests choose a snooze by seeding the end.
  snoozeAll: (s, preset: string) =>
    preset === 'off' ? { ...s, settings: { ...s.settings, snoozeAllUntil: null } } : s,
  applyStartAtLogin: (s, enabled: boolean) => ({
    ...s,
    settings: { ...s.settings, startAtLogin: enabled },
    notices: s.notices.filter((notice) => !notice.kind.startsWith('login-item-')),
  }),
  saveCustomChecklist: (s, checklist: ChecklistView['checklist']) => {
    const view: ChecklistView = {
      checklist,
      origin: { kind: 'custom' },
      progress: { steps: {} },
      status: 'open',
      urgency: checklist.deadline ? 'upcoming' : 'none',
      deadline: checklist.deadline ? Date.parse(checklist.deadline.instant) : null,
      snoozedUntil: null,
      isSnoozeCapped: false,
      isRelevant: true,
      needsRecheck: false,
    };
    const exists = s.checklists.some((other) => other.checklist.id === checklist.id);
    return {
      ...s,
      checklists: exists
        ? s.checklists.map((other) => (other.checklist.id === checklist.id ? view : other))
        : [...s.checklists, view],
    };
  },
  deleteCustomChecklist: (s, id: string) => ({
    ...s,
    checklists: s.checklists.filter((view) => view.checklist.id !== id),
  }),
  removePack: (s, packId: string) => ({
    ...s,
    checklists: s.checklists.filter(
      (view) => view.origin.kind !== 'pack' || view.origin.packId !== packId,
    ),
  }),
  checkFeedsNow: (s) => s,
  subscribeFeed: (s) => s,
  unsubscribeFeed: (s) => s,
};

const nonSnapshotAnswers: Partial<Record<InvokeMethod, unknown>> = {
  openSettingsPage: null,
  openLink: null,
  openSource: null,
  sendTestNotification: { delivered: true },
  importPack: { status: 'done', path: '/home/me/pack.json', count: 2 },
  exportData: { status: 'done', path: '/home/me/optout-export.json' },
  importData: { status: 'cancelled' },
  exportCalendar: { status: 'done', path: '/home/me/deadlines.ics' },
  getAbout: {
    version: '0.1.0',
    electron: '45.4.1',
    chromium: '142.0.7444.59',
    dataFolder: '/home/me/.config/Opt-out Reminder',
    logFolder: '/home/me/.config/Opt-out Reminder/logs',
  },
  openFolder: null,
  copyDiagnostics: { text: 'Opt-out Reminder 0.1.0' },
};

export function createFakeApi(initial: StateSnapshot): FakeApi {
  let snapshot = initial;
  const stateListeners = new Set<(next: StateSnapshot) => void>();
  const showListeners = new Set<(id: string) => void>();
  const aboutListeners = new Set<() => void>();
  const failures = new Map<InvokeMethod, IpcError>();
  const answers = new Map<InvokeMethod, unknown>();
  const calls: FakeApi['calls'] = [];

  const invoke = async (method: InvokeMethod, args: unknown[]): Promise<IpcResult<unknown>> => {
    calls.push({ method, args });
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return { ok: false, error: failure };
    }
    if (answers.has(method)) return { ok: true, value: answers.get(method) };
    if (method === 'getState') return { ok: true, value: snapshot };
    const handler = handlers[method];
    if (!handler) return { ok: true, value: nonSnapshotAnswers[method] ?? null };
    snapshot = {
      ...(handler(snapshot, ...(args as never[])) as StateSnapshot),
      now: snapshot.now,
      sequence: snapshot.sequence + 1,
    };
    return { ok: true, value: snapshot };
  };

  const methods = new Proxy(
    {},
    {
      get: (_target, name: string) => {
        if (name === 'onStateChanged')
          return (listener: (next: StateSnapshot) => void) => {
            stateListeners.add(listener);
            return () => stateListeners.delete(listener);
          };
        if (name === 'onShowChecklist')
          return (listener: (id: string) => void) => {
            showListeners.add(listener);
            return () => showListeners.delete(listener);
          };
        if (name === 'onShowAbout')
          return (listener: () => void) => {
            aboutListeners.add(listener);
            return () => aboutListeners.delete(listener);
          };
        if (name === 'then') return undefined;
        return (...args: unknown[]) => invoke(name as InvokeMethod, args);
      },
    },
  ) as OptoutApi;

  return {
    api: methods,
    calls,
    current: () => snapshot,
    push(next) {
      snapshot = next;
      act(() => {
        for (const listener of stateListeners) listener(next);
      });
    },
    showChecklist(id) {
      act(() => {
        for (const listener of showListeners) listener(id);
      });
    },
    showAbout() {
      act(() => {
        for (const listener of aboutListeners) listener();
      });
    },
    failNext: (method, error) => failures.set(method, error),
    answer: (method, value) => answers.set(method, value),
    callsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.args),
  };
}
