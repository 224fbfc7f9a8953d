export { type Digest, type DueResult, dueNow, nextWakeUp, recordFired } from './due.ts';
export { formatInstant, parseInstant, systemLocalDay } from './instant.ts';
export { compareReminders, planReminders } from './planner.ts';
export { isInQuietHours, quietWindow } from './quiet-hours.ts';
export {
  type DeadlineStanding,
  deadlineStanding,
  WORTH_DOING_AFTER_MS,
} from './standing.ts';
export { formatDay, formatDeadlineDistance, languageOf } from './time-words.ts';
export {
  summarizeTray,
  type TrayInput,
  type TrayItem,
  type TrayState,
  type TraySummary,
} from './tray.ts';
export {
  type FiredEntry,
  type FiredLog,
  type PlannedReminder,
  type PlannerInput,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderPlan,
} from './types.ts';
export { zoneClock } from './zone-clock.ts';
