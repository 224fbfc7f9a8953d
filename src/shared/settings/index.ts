export { applySettingsChange, type SettingsChange, settingsChangeSchema } from './change.ts';
export {
  DEFAULT_LEAD_TIMES_MINUTES,
  DEFAULT_SETTINGS,
  type QuietHours,
  quietHoursSchema,
  type Settings,
  settingsSchema,
} from './schema.ts';
