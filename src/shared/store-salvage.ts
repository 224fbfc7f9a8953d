import type { MessageKey } from './i18n/index.ts';

/**
 * What a repaired ("salvaged") data file notice carries in its one detail
 * string: where the file as it was is kept, and which parts were reset.
 * Kept zod-free: the window reads it.
 */
export interface SalvageNoticeDetail {
  keptAt: string;
  changes: { path: (string | number)[]; action: 'reset' | 'removed' | 'shortened' }[];
  /** Changes left out to keep the detail short. */
  more: number;
}

/** A stored notice's detail holds at most 4096 characters. */
const MAX_DETAIL = 4000;
const MAX_CHANGES = 10;
const MAX_SEGMENT = 60;

/** The notice detail for a salvaged file: JSON, short enough for a stored notice. */
export function encodeSalvageDetail(
  keptAt: string,
  changes: SalvageNoticeDetail['changes'],
): string {
  const short = changes.slice(0, MAX_CHANGES).map(({ path, action }) => ({
    action,
    path: path.map((key) => (typeof key === 'string' ? key.slice(0, MAX_SEGMENT) : key)),
  }));
  let detail: SalvageNoticeDetail = { keptAt, changes: short, more: changes.length - short.length };
  while (JSON.stringify(detail).length > MAX_DETAIL && detail.changes.length > 0)
    detail = { ...detail, changes: detail.changes.slice(0, -1), more: detail.more + 1 };
  return JSON.stringify(detail);
}

/** Reads a detail written by encodeSalvageDetail; null when it is not one. */
export function decodeSalvageDetail(detail: string): SalvageNoticeDetail | null {
  try {
    const value = JSON.parse(detail) as Partial<SalvageNoticeDetail>;
    if (typeof value.keptAt !== 'string' || !Array.isArray(value.changes)) return null;
    return { keptAt: value.keptAt, changes: value.changes, more: Number(value.more) || 0 };
  } catch {
    return null;
  }
}

/** The settings' labels as the Settings view shows them. */
const SETTING_LABELS: Record<string, MessageKey> = {
  leadTimesMinutes: 'settings.leadTimes',
  overdueEveryDays: 'settings.overdue',
  stillWorthDoingReminders: 'settings.worthDoing',
  recheckAfterDays: 'settings.recheck',
  quietHours: 'settings.quietHours',
  paused: 'settings.paused',
  country: 'settings.country',
  includeOtherRegions: 'settings.includeOtherRegions',
  language: 'settings.language',
  startAtLogin: 'settings.startAtLogin',
  notificationsEnabled: 'settings.notificationsEnabled',
  checkNewDeadlines: 'consent.checkNewDeadlines',
  checkAppUpdates: 'consent.checkAppUpdates',
  snoozeAllUntil: 'tray.snoozeAll',
};

/** Whole sections of the file that are not settings, in the user's words. */
const SECTION_WORDS: Record<string, MessageKey> = {
  firedLog: 'notice.salvageFiredLog',
  notices: 'notice.salvageNotices',
  ui: 'notice.salvageWindowState',
  catalogFeeds: 'notice.salvageFeeds',
};

type Words = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * One reset part of the data file in the user's words: a setting by its
 * label, progress by checklist id, an entry of a list by what it is, else
 * the field's path.
 */
export function describeSalvageChange(
  change: SalvageNoticeDetail['changes'][number],
  t: Words,
): string {
  const what = describePlace(change, t);
  return change.action === 'shortened' ? t('notice.salvageShortened', { what }) : what;
}

function describePlace({ path, action }: SalvageNoticeDetail['changes'][number], t: Words): string {
  const [section, key] = path;
  if (section === 'settings' && typeof key === 'string') {
    const label = SETTING_LABELS[key];
    return t('notice.salvageSetting', { name: label ? t(label) : key });
  }
  if (section === 'settings') return t('notice.salvageSettings');
  if (section === 'progress' && typeof key === 'string')
    return t(path.length > 2 ? 'notice.salvageProgressPart' : 'notice.salvageProgress', {
      id: key,
    });
  if (section === 'customChecklists' && path.length > 1) return t('notice.salvageCustomChecklist');
  if (section === 'packs' && path.length > 1) return t('notice.salvagePack');
  const sectionWords = typeof section === 'string' ? SECTION_WORDS[section] : undefined;
  if (sectionWords) return t(sectionWords);
  // Every known top-level field has a default, so one that was removed was unknown.
  if (path.length === 1 && action === 'removed')
    return t('notice.salvageUnknownEntry', { name: String(section) });
  return t('notice.salvageField', { name: path.join('.') });
}

/** Everything reset, as one list in the language ("a, b and c"), duplicates once. */
export function describeSalvage(detail: SalvageNoticeDetail, locale: string, t: Words): string {
  const parts = [...new Set(detail.changes.map((change) => describeSalvageChange(change, t)))];
  if (detail.more > 0) parts.push(t('notice.salvageMore', { count: detail.more }));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}
