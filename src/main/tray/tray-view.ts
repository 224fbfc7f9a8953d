import { join } from 'node:path';
import { type NoticeKind, type SnoozePreset, snoozePresets } from '../../shared/constants.ts';
import { EMPTY_FEED_STATE } from '../../shared/feed/empty.ts';
import { type Locale, translate } from '../../shared/i18n/index.ts';
import type { StateSnapshot, UpdateStatus } from '../../shared/ipc.ts';
import { summarizeTray, type TraySummary } from '../../shared/reminders/tray.ts';
import { isPausedAt } from '../../shared/settings/paused.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import { activeChecklists, type CatalogData } from '../state/catalog.ts';
import type { StoreData } from '../store/schema.ts';
import type { TrayMenuItem, TrayView } from './tray-service.ts';

export type TrayIconState = TraySummary['state'] | 'attention';

/** What a click on a tray menu line asks for. */
export type TrayCommand =
  | { kind: 'open' }
  | { kind: 'open-checklist'; checklistId: string }
  | { kind: 'snooze-all'; preset: SnoozePreset }
  | { kind: 'toggle-pause' }
  | { kind: 'toggle-start-at-login' }
  | { kind: 'about' }
  /** The new-version line: restart into it once downloaded, else Settings › About. */
  | { kind: 'update' }
  | { kind: 'quit' };

/** The settings the tray reads. */
export type TraySettings = Pick<
  Settings,
  'language' | 'country' | 'includeOtherRegions' | 'paused' | 'snoozeAllUntil' | 'startAtLogin'
>;

/** The part of the snapshot the tray reads. */
export type TrayStateInput = Pick<StateSnapshot, 'notices' | 'now' | 'locale' | 'update'> & {
  settings: TraySettings;
};

/** The part of the saved data the tray is drawn from. */
export type TrayData = CatalogData & Pick<StoreData, 'progress'> & { settings: TraySettings };

/**
 * The tray of a profile with nothing saved: the defaults of the settings the
 * tray reads (a test holds them to DEFAULT_SETTINGS), without loading the
 * settings schema, for the first drawing at start-up.
 */
export const NO_TRAY_DATA: TrayData = {
  progress: {},
  settings: {
    language: 'auto',
    country: null,
    includeOtherRegions: false,
    paused: false,
    snoozeAllUntil: null,
    startAtLogin: false,
  },
  customChecklists: [],
  packs: [],
  catalogFeeds: EMPTY_FEED_STATE,
};

export interface TrayViewInput {
  summary: TraySummary;
  locale: Locale;
  platform: NodeJS.Platform;
  iconsDir: string;
  isPaused: boolean;
  isSnoozed: boolean;
  startAtLogin: boolean;
  /** The update check: a new version is shown as a menu line ("Version 0.3.0 is available"). */
  update: UpdateStatus | null;
  /** A notification failed or the store needed repair: the icon asks for a look. */
  attention: 'notifications' | 'store' | null;
}

const notificationNotices: readonly NoticeKind[] = [
  'notification-failed',
  'notification-failed-macos',
  'notifications-unsupported',
];
const storeNotices: readonly NoticeKind[] = [
  'store-quarantined',
  'store-salvaged',
  'store-read-only',
  'store-newer-version',
  'store-write-failed',
];

/**
 * The tray's decisions about state, from the one snapshot: paused, snoozed,
 * and whether a notice asks for a look (notification trouble first, then
 * trouble with the saved data).
 */
export function trayViewInput(
  snapshot: TrayStateInput,
  summary: TraySummary,
  environment: { platform: NodeJS.Platform; iconsDir: string },
): TrayViewInput {
  const { settings, notices, now } = snapshot;
  const has = (kinds: readonly NoticeKind[]) =>
    notices.some((notice) => kinds.includes(notice.kind));
  return {
    summary,
    locale: snapshot.locale,
    ...environment,
    isPaused: isPausedAt(settings, now),
    isSnoozed: settings.snoozeAllUntil !== null && Date.parse(settings.snoozeAllUntil) > now,
    startAtLogin: settings.startAtLogin,
    update: snapshot.update,
    attention: has(notificationNotices) ? 'notifications' : has(storeNotices) ? 'store' : null,
  };
}

/**
 * The whole tray from the saved data and the state around it. Day counts are
 * local days in the OS zone (see summarizeTray): nothing here waits for ICU,
 * Temporal or zod, so the tray can be drawn this way before they load.
 */
export function trayViewOf(
  data: TrayData,
  snapshot: TrayStateInput,
  environment: { platform: NodeJS.Platform; iconsDir: string },
): TrayView<TrayCommand> {
  const summary = summarizeTray({
    checklists: activeChecklists(data),
    progress: data.progress,
    settings: data.settings,
    now: snapshot.now,
    locale: snapshot.locale,
  });
  return buildTrayView(trayViewInput(snapshot, summary, environment));
}

/** A checklist's menu line or the tooltip's first line is cut after this many characters. */
export const TRAY_TEXT_MAX = 100;

/**
 * One line of tray text at most TRAY_TEXT_MAX characters (code points), cut
 * with "…": a menu line is one line on every OS, and the first drawing shows
 * the saved file's text before the store has checked its lengths.
 */
export function clipTrayText(text: string): string {
  const characters = Array.from(text);
  return characters.length <= TRAY_TEXT_MAX
    ? text
    : `${characters.slice(0, TRAY_TEXT_MAX - 1).join('')}…`;
}

/** The icon file per OS: macOS template images (1x/2x picked by name), Windows .ico, Linux PNG. */
export function trayIconPath(iconsDir: string, state: TrayIconState, platform: NodeJS.Platform) {
  if (platform === 'darwin') return join(iconsDir, `tray-${state}Template.png`);
  if (platform === 'win32') return join(iconsDir, `tray-${state}.ico`);
  return join(iconsDir, `tray-${state}.png`);
}

/** "Version 0.3.0 is available" (or ready to restart into), as a menu line; none otherwise. */
export function updateLine(
  locale: Locale,
  update: UpdateStatus | null,
): TrayMenuItem<TrayCommand>[] {
  const version = update?.version;
  const command = { kind: 'update' } as const;
  if (!update || !version) return [];
  if (update.phase === 'downloaded')
    return [{ command, label: translate(locale, 'tray.updateReady', { version }) }];
  if (['available', 'downloading', 'install-failed'].includes(update.phase))
    return [{ command, label: translate(locale, 'tray.updateAvailable', { version }) }];
  return [];
}

/**
 * The whole tray from state: icon, tooltip and menu. The menu alone
 * reaches everything, since Linux AppIndicator never reports icon clicks.
 */
export function buildTrayView(input: TrayViewInput): TrayView<TrayCommand> {
  const t = (key: Parameters<typeof translate>[1]) => translate(input.locale, key);
  const summaryLine = clipTrayText(input.summary.tooltip);
  const tooltip =
    input.attention === 'notifications'
      ? `${summaryLine}\n${t('tray.tooltip.attention')}`
      : input.attention === 'store'
        ? `${summaryLine}\n${t('tray.tooltip.storeProblem')}`
        : input.isPaused
          ? `${summaryLine}\n${t('tray.tooltip.paused')}`
          : input.isSnoozed
            ? `${summaryLine}\n${t('tray.tooltip.snoozed')}`
            : summaryLine;
  const snoozeItems: TrayMenuItem<TrayCommand>[] = snoozePresets
    .filter((preset) => preset !== 'off' || input.isSnoozed)
    .map((preset) => ({
      command: { kind: 'snooze-all', preset },
      label: t(`tray.snooze.${preset}`),
    }));
  const menu: TrayMenuItem<TrayCommand>[] = [
    ...input.summary.items.map((item) => ({
      command: { kind: 'open-checklist' as const, checklistId: item.checklistId },
      label: clipTrayText(item.label),
    })),
    // A store at its limits has thousands open: the rest is one line that opens the window.
    ...(input.summary.more
      ? [{ command: { kind: 'open' as const }, label: input.summary.more.label }]
      : []),
    ...(input.summary.items.length > 0 ? [{ type: 'separator' as const }] : []),
    ...updateLine(input.locale, input.update),
    { command: { kind: 'open' }, label: t('tray.open') },
    { type: 'submenu', label: t('tray.snoozeAll'), items: snoozeItems },
    {
      type: 'checkbox',
      command: { kind: 'toggle-pause' },
      label: t('tray.pause'),
      checked: input.isPaused,
    },
    {
      type: 'checkbox',
      command: { kind: 'toggle-start-at-login' },
      label: t('tray.startAtLogin'),
      checked: input.startAtLogin,
    },
    { type: 'separator' },
    { command: { kind: 'about' }, label: t('tray.about') },
    { command: { kind: 'quit' }, label: t('tray.quit') },
  ];
  return {
    iconPath: trayIconPath(
      input.iconsDir,
      input.attention ? 'attention' : input.summary.state,
      input.platform,
    ),
    tooltip,
    menu,
  };
}
