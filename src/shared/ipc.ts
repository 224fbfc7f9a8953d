/**
 * The one IPC contract between the renderer (through the preload) and main:
 * channel names, argument schemas and result types. The preload's API type
 * is derived from here, and main parses every payload with these schemas
 * before a handler runs.
 */
import { z } from 'zod';
import { slugSchema } from './catalog/primitives.ts';
import {
  type Checklist,
  checklistSchema,
  type Platform,
  platformSchema,
} from './catalog/schema.ts';
import { type NoticeKind, noticeKinds, snoozePresets } from './constants.ts';
import type { FeedCheck } from './feed/state.ts';
import type { Locale, MessageKey } from './i18n/index.ts';
import type { invokeChannels } from './ipc-channels.ts';
import type { ChecklistStatus, ChecklistUrgency } from './progress/describe.ts';
import type { Progress } from './progress/schema.ts';
import { type SettingsChange, settingsChangeSchema } from './settings/change.ts';
import type { Settings } from './settings/schema.ts';

export { invokeChannels, pushChannels } from './ipc-channels.ts';
export { type SettingsChange, settingsChangeSchema };

export type InvokeMethod = keyof typeof invokeChannels;

export {
  type NoticeKind,
  noticeKinds,
  type SnoozePreset,
  snoozePresets,
} from './constants.ts';

const checklistId = slugSchema;

/** Argument tuples per method, parsed in main before any handler runs. */
export const invokeArgs = {
  getState: z.tuple([]),
  toggleStep: z.tuple([
    z.strictObject({
      checklistId,
      platform: platformSchema,
      stepId: slugSchema,
      done: z.boolean(),
    }),
  ]),
  markDoneElsewhere: z.tuple([checklistId]),
  dismiss: z.tuple([checklistId]),
  reopen: z.tuple([checklistId]),
  snooze: z.tuple([checklistId, z.enum(snoozePresets)]),
  confirmStillDone: z.tuple([checklistId]),
  follow: z.tuple([checklistId]),
  snoozeAll: z.tuple([z.enum(snoozePresets)]),
  setPreferredPlatform: z.tuple([platformSchema]),
  finishWelcome: z.tuple([]),
  dismissNotice: z.tuple([z.enum(noticeKinds)]),
  updateSettings: z.tuple([settingsChangeSchema]),
  /** Applies "Start at login" to the OS and saves it, also when the setting already says so. */
  applyStartAtLogin: z.tuple([z.boolean()]),
  openSettingsPage: z.tuple([checklistId]),
  /** Only links that appear in a checklist the app knows are opened; main checks. */
  openLink: z.tuple([z.strictObject({ checklistId, url: z.string().max(2048) })]),
  /** A source of a checklist, named by ids: main looks the address up itself. */
  openSource: z.tuple([z.strictObject({ checklistId, sourceId: slugSchema })]),
  sendTestNotification: z.tuple([]),
  saveCustomChecklist: z.tuple([checklistSchema]),
  deleteCustomChecklist: z.tuple([checklistId]),
  importPack: z.tuple([]),
  removePack: z.tuple([slugSchema]),
  exportData: z.tuple([]),
  importData: z.tuple([]),
  exportCalendar: z.tuple([]),
  checkFeedsNow: z.tuple([]),
  /** An organisation's feed: https URL, and its public key or null for an unsigned feed. */
  subscribeFeed: z.tuple([
    z.strictObject({ url: z.string().max(2048), publicKey: z.string().max(200).nullable() }),
  ]),
  unsubscribeFeed: z.tuple([slugSchema]),
  getAbout: z.tuple([]),
  openFolder: z.tuple([z.enum(['data', 'logs'])]),
  copyDiagnostics: z.tuple([]),
  checkForUpdates: z.tuple([]),
  downloadUpdate: z.tuple([]),
  installUpdate: z.tuple([]),
  openReleasePage: z.tuple([]),
} satisfies Record<InvokeMethod, z.ZodTuple>;

/** Where a checklist comes from. */
export type ChecklistOrigin =
  | { kind: 'builtin' }
  | { kind: 'pack'; packId: string; packName: string; fileName: string; importedAt: string }
  | { kind: 'custom' }
  | {
      kind: 'feed';
      feedId: string;
      /** Where the feed is published, e.g. `raw.githubusercontent.com`. */
      host: string;
      /** The project's own signed feed. */
      isProject: boolean;
      isSigned: boolean;
      /** The feed no longer lists it; kept because the user has progress on it. */
      isWithdrawn: boolean;
    };

/** Derived state of one checklist for the user now (see describeChecklist). */
export type { ChecklistStatus, ChecklistUrgency };

/** One checklist as the window shows it: the catalog entry plus the user's progress. */
export interface ChecklistView {
  checklist: Checklist;
  origin: ChecklistOrigin;
  progress: Progress;
  status: ChecklistStatus;
  urgency: ChecklistUrgency;
  /** The deadline (epoch ms), null when it has none: read once, in main (describeChecklist). */
  deadline: number | null;
  /** Snoozed until this instant (epoch ms), if in the future. */
  snoozedUntil: number | null;
  /**
   * The snooze ends at the checklist's last reminder before its deadline:
   * a longer one was shortened so it would not hide the deadline (capSnoozeEnd).
   */
  isSnoozeCapped: boolean;
  /** False when the checklist applies outside the user's country. */
  isRelevant: boolean;
  /** A re-check is due: "is it still off?" */
  needsRecheck: boolean;
}

/** A catalog feed as Settings shows it: where from, and what its last check came to. */
export interface FeedView {
  id: string;
  url: string;
  host: string;
  isProject: boolean;
  isSigned: boolean;
  checklistCount: number;
  lastCheck: FeedCheck | null;
  lastSuccessAt: string | null;
}

/** A banner the window shows until dismissed; `detail` is e.g. the quarantine path. */
export interface Notice {
  kind: NoticeKind;
  detail?: string;
  at: string;
}

/** The single snapshot main pushes after every change; every surface renders from it. */
export interface StateSnapshot {
  /**
   * Grows with every change in main: the window shows the snapshot with the
   * highest one, never judging by `now` (the clock can go back).
   */
  sequence: number;
  locale: Locale;
  /** The IANA zone main plans in. */
  zone: string;
  /** Main's clock when the snapshot was taken (epoch ms). */
  now: number;
  settings: Settings;
  /** The OS default platform tab, and the user's last choice (wins). */
  platform: { os: Platform; preferred: Platform | null };
  /** Ordered: open ones first by urgency, then done, then dismissed. */
  checklists: ChecklistView[];
  notices: Notice[];
  /** First launch: show the welcome; ids already due then (shown, not notified). */
  welcome: { dueChecklistIds: string[] } | null;
  isReadOnly: boolean;
  /** Where the data file lives, for the settings screen. */
  dataFile: string;
  /** The project's feed (when the build names one) and the organisation feeds followed. */
  feeds: FeedView[];
  isCheckingFeeds: boolean;
  /** The app update check; null until its code has loaded (just after the tray stands). */
  update: UpdateStatus | null;
}

/** Where the app update check stands. */
export interface UpdateStatus {
  /**
   * `off`: no consent. `idle`: never checked. `install-failed`: the version
   * was downloaded but could not be installed (macOS refuses an update to an
   * ad-hoc signed copy). `failed`: the last check did not work.
   * `unsupported`: this copy cannot check (a development build).
   */
  phase:
    | 'off'
    | 'idle'
    | 'checking'
    | 'up-to-date'
    | 'available'
    | 'downloading'
    | 'downloaded'
    | 'install-failed'
    | 'failed'
    | 'unsupported';
  /** The new version, once one was found. */
  version: string | null;
  /** Download progress, 0–100, while downloading. */
  percent: number | null;
  /** This copy replaces itself (Windows installer, macOS, AppImage); a deb links to the release page. */
  canInstall: boolean;
  /** Where to download the new version by hand (https), if the build names a release source. */
  releasePage: string | null;
  lastCheckAt: string | null;
}

/** Settings › About: which app this is and where it keeps its files. */
export interface AboutInfo {
  version: string;
  electron: string;
  chromium: string;
  dataFolder: string;
  /** Where the log file is written; null when logging could not be set up. */
  logFolder: string | null;
}

/** What a file operation did, for a confirmation message. */
export type FileOperationResult =
  | { status: 'cancelled' }
  /** `keptCopy`: where a restore copied what the user had before it. */
  | { status: 'done'; path: string; count?: number; keptCopy?: string };

/** What each method resolves to when it succeeds. */
export interface InvokeResults {
  getState: StateSnapshot;
  toggleStep: StateSnapshot;
  markDoneElsewhere: StateSnapshot;
  dismiss: StateSnapshot;
  reopen: StateSnapshot;
  snooze: StateSnapshot;
  confirmStillDone: StateSnapshot;
  follow: StateSnapshot;
  snoozeAll: StateSnapshot;
  setPreferredPlatform: StateSnapshot;
  finishWelcome: StateSnapshot;
  dismissNotice: StateSnapshot;
  updateSettings: StateSnapshot;
  applyStartAtLogin: StateSnapshot;
  openSettingsPage: null;
  openLink: null;
  openSource: null;
  sendTestNotification: { delivered: boolean };
  saveCustomChecklist: StateSnapshot;
  deleteCustomChecklist: StateSnapshot;
  importPack: FileOperationResult;
  removePack: StateSnapshot;
  exportData: FileOperationResult;
  importData: FileOperationResult;
  exportCalendar: FileOperationResult;
  checkFeedsNow: StateSnapshot;
  subscribeFeed: StateSnapshot;
  unsubscribeFeed: StateSnapshot;
  getAbout: AboutInfo;
  openFolder: null;
  /** The text now on the clipboard. */
  copyDiagnostics: { text: string };
  checkForUpdates: null;
  downloadUpdate: null;
  installUpdate: null;
  openReleasePage: null;
}

/** Every code an `IpcError` can carry. */
export const ipcErrorCodes = [
  'forbidden-sender',
  'invalid-payload',
  'internal',
  'not-found',
  'read-only',
  'unsafe-link',
  'invalid-file',
  'write-failed',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

/**
 * A typed, already localized error; main never lets an exception cross IPC.
 * `details` carries e.g. the list of problems in an imported file.
 */
export interface IpcError {
  code: IpcErrorCode;
  messageKey: MessageKey;
  message: string;
  details?: string[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The API the preload exposes as `window.optout`. */
export type OptoutApi = {
  [M in InvokeMethod]: (
    ...args: z.input<(typeof invokeArgs)[M]>
  ) => Promise<IpcResult<InvokeResults[M]>>;
} & {
  /** Subscribes to state snapshots; returns the unsubscribe function. */
  onStateChanged(listener: (snapshot: StateSnapshot) => void): () => void;
  /** Main asks to show a checklist (tray menu line, notification click). */
  onShowChecklist(listener: (checklistId: string) => void): () => void;
  /** Main asks to show Settings › About (tray "About Opt-out Reminder"). */
  onShowAbout(listener: () => void): () => void;
};
