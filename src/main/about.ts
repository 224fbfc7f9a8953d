import { arch, release } from 'node:os';
import { app, clipboard, Notification, shell } from 'electron';
import { PROJECT_FEED_ID } from '../shared/feed/state.ts';
import type { AboutInfo } from '../shared/ipc.ts';
import { planReminders } from '../shared/reminders/index.ts';
import { log, logFolder } from './log.ts';
import { plannerInput } from './notify/reminder-service.ts';
import type { AppState } from './state/app-state.ts';
import { UserFacingError } from './state/errors.ts';
import type { StoreData } from './store/schema.ts';

/** Everything "Copy diagnostics" reports: the app and the machine, never checklist content. */
export interface DiagnosticsInput {
  version: string;
  electron: string;
  chromium: string;
  os: { platform: string; release: string; arch: string };
  isPackaged: boolean;
  locale: string;
  systemLanguages: readonly string[];
  zone: string;
  notifications: { isSupported: boolean; isEnabled: boolean; problem: string | null };
  reminders: {
    isPaused: boolean;
    snoozedAllUntil: string | null;
    /** When the next reminder is planned and of which kind; no checklist named. */
    next: { at: string; kind: string } | null;
    open: number;
    done: number;
  };
  /** The project feed's last check: when, and what it came to (outcome, sequence). */
  lastFeedCheck: CheckFacts & { organisationFeeds: number };
  lastUpdateCheck: CheckFacts;
}

/** When a network check last ran, whether the user allows it, and what it came to. */
export interface CheckFacts {
  at: string | null;
  consent: boolean;
  result: string | null;
}

/** The catalog feed facts for diagnostics: the project feed's last check, and how many others. */
export function feedCheckFacts(data: StoreData): DiagnosticsInput['lastFeedCheck'] {
  const feeds = data.catalogFeeds.feeds;
  const project = feeds.find((record) => record.id === PROJECT_FEED_ID);
  const check = project?.lastCheck ?? null;
  return {
    at: check?.at ?? null,
    consent: data.settings.checkNewDeadlines,
    result: check
      ? [check.outcome, ...(project?.sequence ? [`sequence ${project.sequence}`] : [])].join(', ')
      : null,
    organisationFeeds: feeds.filter((record) => record.id !== PROJECT_FEED_ID).length,
  };
}

function checkLine(check: CheckFacts): string {
  if (!check.consent) return 'off (no consent)';
  if (check.at === null) return 'never';
  return check.result ? `${check.at} (${check.result})` : check.at;
}

/** The text "Copy diagnostics" puts on the clipboard, one fact a line. */
export function diagnosticsText(input: DiagnosticsInput): string {
  const { reminders, notifications } = input;
  return [
    `Opt-out Reminder ${input.version}`,
    `Electron ${input.electron}, Chromium ${input.chromium}`,
    `OS: ${input.os.platform} ${input.os.release} ${input.os.arch}${input.isPackaged ? '' : ' (development build)'}`,
    `Locale: ${input.locale} (system: ${input.systemLanguages.join(', ') || 'unknown'})`,
    `Time zone: ${input.zone}`,
    `Notifications: ${notifications.isSupported ? 'supported' : 'not supported'}, ${notifications.isEnabled ? 'on' : 'off'}${notifications.problem ? `, last problem: ${notifications.problem}` : ''}`,
    `Reminders: ${reminders.isPaused ? 'paused' : 'active'}${reminders.snoozedAllUntil ? `, all snoozed until ${reminders.snoozedAllUntil}` : ''}; checklists open ${reminders.open}, done ${reminders.done}`,
    `Next planned reminder: ${reminders.next ? `${reminders.next.at} (${reminders.next.kind})` : 'none'}`,
    `Last feed check: ${checkLine(input.lastFeedCheck)}${input.lastFeedCheck.organisationFeeds > 0 ? `; organisation feeds: ${input.lastFeedCheck.organisationFeeds}` : ''}`,
    `Last update check: ${checkLine(input.lastUpdateCheck)}`,
  ].join('\n');
}

/** The app update facts for diagnostics: the last check, what it found, and this copy's version. */
export function updateCheckFacts(data: StoreData): CheckFacts {
  const check = data.updates.lastCheck;
  return {
    at: check?.at ?? null,
    consent: data.settings.checkAppUpdates,
    result: check
      ? [
          check.outcome,
          ...(check.version ? [`latest ${check.version}`] : []),
          ...(check.error ? [check.error] : []),
        ].join(', ')
      : null,
  };
}

export interface AboutDependencies {
  state: AppState;
}

const iso = (epochMs: number) => new Date(epochMs).toISOString();

/** Settings › About and its buttons, for the IPC handlers. */
export function createAboutActions({ state }: AboutDependencies) {
  const info = (): AboutInfo => ({
    version: app.getVersion(),
    electron: process.versions.electron ?? 'unknown',
    chromium: process.versions.chrome ?? 'unknown',
    dataFolder: app.getPath('userData'),
    logFolder: logFolder(),
  });

  function diagnostics(): DiagnosticsInput {
    const { data } = state;
    const { settings } = data;
    const now = state.now();
    const next = planReminders(plannerInput(state)).reminders.find((r) => r.instant > now);
    const snapshot = state.snapshot();
    const about = info();
    return {
      version: about.version,
      electron: about.electron,
      chromium: about.chromium,
      os: { platform: process.platform, release: release(), arch: arch() },
      isPackaged: app.isPackaged,
      locale: state.locale(),
      systemLanguages: app.getPreferredSystemLanguages(),
      zone: state.zone(),
      notifications: {
        isSupported: Notification.isSupported(),
        isEnabled: settings.notificationsEnabled,
        problem:
          snapshot.notices.find(
            (notice) =>
              notice.kind === 'notification-failed' ||
              notice.kind === 'notification-failed-macos' ||
              notice.kind === 'notifications-unsupported',
          )?.kind ?? null,
      },
      reminders: {
        isPaused:
          settings.paused === true ||
          (settings.paused !== false && Date.parse(settings.paused.until) > now),
        snoozedAllUntil:
          settings.snoozeAllUntil && Date.parse(settings.snoozeAllUntil) > now
            ? settings.snoozeAllUntil
            : null,
        next: next ? { at: iso(next.instant), kind: next.kind } : null,
        open: snapshot.checklists.filter((view) => view.status === 'open').length,
        done: snapshot.checklists.filter((view) => view.status === 'done').length,
      },
      lastFeedCheck: feedCheckFacts(data),
      lastUpdateCheck: updateCheckFacts(data),
    };
  }

  return {
    info,
    diagnostics,
    async openFolder(kind: 'data' | 'logs'): Promise<null> {
      const folder = kind === 'data' ? info().dataFolder : info().logFolder;
      if (folder === null) throw new UserFacingError('not-found', 'error.folderMissing');
      const problem = await shell.openPath(folder);
      if (problem) {
        log.warn('folder could not be opened', { kind });
        throw new UserFacingError('not-found', 'error.folderMissing');
      }
      return null;
    },
    copyDiagnostics(): { text: string } {
      const text = diagnosticsText(diagnostics());
      clipboard.writeText(text);
      log.info('diagnostics copied');
      return { text };
    },
  };
}

export type AboutActions = ReturnType<typeof createAboutActions>;
