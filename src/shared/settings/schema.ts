import { z } from 'zod';
import { countryCodeSchema, isoInstantSchema, wallTimeSchema } from '../catalog/primitives.ts';

const MINUTES_PER_YEAR = 525_600;

/** Default lead times, in minutes before a deadline: 14 days, 7 days, 3 days, 1 day, 2 hours. */
export const DEFAULT_LEAD_TIMES_MINUTES: readonly number[] = [20_160, 10_080, 4_320, 1_440, 120];

/** Quiet hours as local wall-clock times; `start` after `end` wraps past midnight. */
export const quietHoursSchema = z.strictObject({ start: wallTimeSchema, end: wallTimeSchema });
export type QuietHours = z.infer<typeof quietHoursSchema>;

/**
 * The user's reminder settings. Every field has a default, so `settingsSchema.parse({})`
 * gives the defaults of design.md.
 */
export const settingsSchema = z.strictObject({
  /** Minutes before a deadline; whole days (multiples of 1440) keep the local clock time across DST. */
  leadTimesMinutes: z
    .array(z.int().min(1).max(MINUTES_PER_YEAR))
    .max(10)
    .default(() => [...DEFAULT_LEAD_TIMES_MINUTES]),
  /**
   * After a missed deadline: overdue reminders N and 2·N days after it (within
   * 30 days), then the gentle monthly ones; `null` = nothing after the deadline reminder.
   */
  overdueEveryDays: z.int().min(1).max(365).nullable().default(7),
  /**
   * Gentle reminders, one a month, for a deadline that is "still worth doing"
   * (passed over 30 days ago, or before the user had the checklist); 0 = none.
   */
  stillWorthDoingReminders: z.int().min(0).max(12).default(3),
  /** Re-check reminder N days after completion; `null` = off. */
  recheckAfterDays: z.int().min(1).max(3650).nullable().default(180),
  quietHours: quietHoursSchema.nullable().default({ start: '22:00', end: '08:00' }),
  /** `true` = paused until the user resumes; `{ until }` = paused until then. */
  paused: z.union([z.boolean(), z.strictObject({ until: isoInstantSchema })]).default(false),
  /** "Snooze all" until this instant; `null` = not snoozed. */
  snoozeAllUntil: isoInstantSchema.nullable().default(null),
  /** ISO 3166-1 alpha-2 country of the user; `null` = unknown (every checklist is relevant). */
  country: countryCodeSchema.nullable().default(null),
  /** Opt-in: remind about checklists outside the user's region too. */
  includeOtherRegions: z.boolean().default(false),
  language: z.enum(['auto', 'en', 'nl']).default('auto'),
  startAtLogin: z.boolean().default(false),
  notificationsEnabled: z.boolean().default(true),
  /** Consent: download the catalog feed(s) once a day. Nothing is fetched until true. */
  checkNewDeadlines: z.boolean().default(false),
  /** Consent: ask the project's releases once a day whether a new app version is out. Off until true. */
  checkAppUpdates: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The defaults of design.md "Reminder rules". */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
