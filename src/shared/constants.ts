/**
 * The app's vocabulary and units as plain values, free of zod and Temporal:
 * the window imports these without pulling a schema library into its
 * bundle (as `ipc-channels.ts` does for the channel names). The schemas
 * build on the same values.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** An open deadline this close is "soon": its own tray icon and urgency. */
export const SOON_MS = 3 * DAY_MS;

/** Platforms a checklist can have a path for, in display order. */
export const PLATFORMS = ['web', 'ios', 'android', 'desktop-app', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Snooze choices offered per checklist and for all reminders; `off` ends a snooze. */
export const snoozePresets = ['1h', 'tomorrow-9', '1w', 'off'] as const;
export type SnoozePreset = (typeof snoozePresets)[number];

/** Problems the window and tray tell the user about, until dismissed or solved. */
export const noticeKinds = [
  'store-quarantined',
  /** Part of the data file was invalid and reset; the rest was kept. */
  'store-salvaged',
  'store-read-only',
  'store-newer-version',
  'store-write-failed',
  'notification-failed',
  'notification-failed-macos',
  'notifications-unsupported',
  /** "Start at login" is on, but the OS will not start the app. */
  'login-item-missing',
  /** "Start at login" is off, but the OS starts the app. */
  'login-item-unexpected',
  /** The OS time zone is missing or unknown (`TZ=` empty or misspelled): the app uses UTC. */
  'zone-unknown',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** The project's own catalog feed (the built-ins' updates and new entries). */
export const PROJECT_FEED_ID = 'project';

/** A local wall-clock time `HH:MM`, 24-hour (00:00–23:59). */
export const WALL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
