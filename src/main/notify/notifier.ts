import { Notification } from 'electron';
import { checklistName } from '../../shared/catalog/names.ts';
import type { Checklist, Platform } from '../../shared/catalog/schema.ts';
import { PLATFORMS } from '../../shared/catalog/schema.ts';
import { oneLine } from '../../shared/catalog/visible-text.ts';
import { type Locale, translate } from '../../shared/i18n/index.ts';
import type { Progress } from '../../shared/progress/schema.ts';
import {
  deadlineStanding,
  formatDay,
  formatDeadlineDistance,
  type PlannedReminder,
  zoneClock,
} from '../../shared/reminders/index.ts';

/** How long a test notification may take to be reported shown. */
const TEST_TIMEOUT_MS = 10_000;

export interface NotifierOptions {
  locale(): Locale;
  zone(): string;
  now(): number;
  /** macOS and Windows show action buttons; Linux (libnotify) does not. */
  supportsActions: boolean;
  /** A click on a reminder: the checklist it names (a digest's leading one). */
  onOpen(checklistId: string): void;
  onOpenSettingsPage(checklistId: string): void;
  /** "Remind me tomorrow": every checklist the notification covered, the named one first. */
  onRemindTomorrow(checklistIds: readonly string[]): void;
  onFailed(reason: 'failed' | 'unsupported'): void;
}

export interface ReminderContent {
  reminder: PlannedReminder;
  checklist: Checklist;
  progress: Progress;
  preferredPlatform: Platform | null;
  /** The other checklists a digest counts ("2 more need attention"); empty for one reminder. */
  otherChecklistIds: readonly string[];
}

/** The first step not yet ticked, on the user's platform if the checklist has it. */
function nextStep(content: ReminderContent, locale: Locale): string | null {
  const { checklist, progress, preferredPlatform } = content;
  const platforms = [
    ...(preferredPlatform ? [preferredPlatform] : []),
    ...PLATFORMS.filter((p) => p !== preferredPlatform),
  ];
  for (const platform of platforms) {
    const path = checklist.paths[platform];
    if (!path) continue;
    const done = progress.steps[platform] ?? {};
    const step = path.steps.find((candidate) => !Object.hasOwn(done, candidate.id));
    // A finished path: for device-scope checklists another platform may still be open.
    if (step) return oneLine(step.text[locale]);
  }
  return null;
}

/** "24 April" in the user's zone; the year only when it is not this year's. */
export function formatDeadlineDay(
  deadline: number,
  now: number,
  zone: string,
  locale: Locale,
): string {
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const year = (at: number) =>
    new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: zone }).format(at);
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    ...(year(deadline) === year(now) ? {} : { year: 'numeric' }),
    timeZone: zone,
  }).format(deadline);
}

/** "New: GitHub Copilot — switch off before 24 April": a checklist a feed just brought. */
function announcementText(
  content: ReminderContent,
  locale: Locale,
  now: number,
  zone: string,
  deadline: number,
): { title: string; body: string } {
  const { checklist } = content;
  const othersCount = content.otherChecklistIds.length;
  const step = nextStep(content, locale);
  const lines = [
    oneLine(checklist.title[locale]),
    step ? translate(locale, 'notification.nextStep', { step }) : null,
    othersCount > 0 ? translate(locale, 'notification.more', { count: othersCount }) : null,
  ];
  return {
    title: translate(locale, 'notification.new', {
      name: oneLine(checklist.organisation),
      date: formatDeadlineDay(deadline, now, zone, locale),
    }),
    body: lines.filter((line) => line !== null).join('\n'),
  };
}

/** Localized title and body for a reminder (or a digest led by it). */
export function reminderText(
  content: ReminderContent,
  locale: Locale,
  now: number,
  zone: string,
): { title: string; body: string } {
  const { checklist, reminder, progress } = content;
  const othersCount = content.otherChecklistIds.length;
  if (reminder.kind === 'announce' && reminder.deadline !== undefined)
    return announcementText(content, locale, now, zone, reminder.deadline);
  const name = checklistName(checklist, locale);
  const firstSeen = progress.firstSeenAt ? Date.parse(progress.firstSeenAt) : Number.NaN;
  // Decided at delivery: a late catch-up of an overdue reminder may find the deadline long past.
  const isWorthDoing =
    reminder.kind !== 'recheck' &&
    deadlineStanding(reminder.deadline, now, Number.isNaN(firstSeen) ? undefined : firstSeen) ===
      'worth-doing';
  const when =
    reminder.kind === 'recheck'
      ? translate(locale, 'notification.recheck')
      : reminder.deadline === undefined
        ? translate(locale, 'notification.noDeadline')
        : isWorthDoing
          ? translate(locale, 'distance.worthDoing')
          : formatDeadlineDistance(reminder.deadline, now, zoneClock(zone).localDay, locale);
  const step = reminder.kind === 'recheck' ? null : nextStep(content, locale);
  const lines = [
    isWorthDoing && reminder.deadline !== undefined
      ? translate(locale, 'deadline.worthDoing', {
          date: formatDay(reminder.deadline, zone, locale),
        })
      : null,
    step ? translate(locale, 'notification.nextStep', { step }) : null,
  ];
  if (othersCount > 0) lines.push(translate(locale, 'notification.more', { count: othersCount }));
  return {
    title: `${name} — ${when}`,
    body: lines.filter((line) => line !== null).join('\n'),
  };
}

/**
 * Shows reminder notifications. Keeps a reference to each until it is
 * closed or clicked: a garbage-collected Notification stops delivering
 * click events.
 */
export class Notifier {
  readonly #options: NotifierOptions;
  readonly #live = new Set<Notification>();

  constructor(options: NotifierOptions) {
    this.#options = options;
  }

  show(content: ReminderContent): void {
    const { locale, now, zone } = this.#options;
    if (!Notification.isSupported()) {
      this.#options.onFailed('unsupported');
      return;
    }
    const language = locale();
    const text = reminderText(content, language, now(), zone());
    const checklistId = content.checklist.id;
    const actions = this.#options.supportsActions
      ? [
          ...(content.checklist.settingsUrl
            ? [{ type: 'button' as const, text: translate(language, 'notification.openSettings') }]
            : []),
          { type: 'button' as const, text: translate(language, 'notification.remindTomorrow') },
        ]
      : [];
    const notification = new Notification({ ...text, actions });
    this.#live.add(notification);
    const forget = () => this.#live.delete(notification);
    notification.on('click', () => {
      forget();
      this.#options.onOpen(checklistId);
    });
    notification.on('action', (_event, index) => {
      forget();
      const hasSettings = actions.length === 2;
      if (hasSettings && index === 0) this.#options.onOpenSettingsPage(checklistId);
      else this.#options.onRemindTomorrow([checklistId, ...content.otherChecklistIds]);
    });
    notification.on('close', forget);
    notification.on('failed', () => {
      forget();
      this.#options.onFailed('failed');
    });
    notification.show();
  }

  /** The one notification of a new app version; a click runs `onClick` (Settings › About). */
  announceUpdate(version: string, canInstall: boolean, onClick: () => void): void {
    if (!Notification.isSupported()) return;
    const language = this.#options.locale();
    const notification = new Notification({
      title: translate(language, 'update.notificationTitle', { version }),
      body: translate(
        language,
        canInstall ? 'update.notificationBody' : 'update.notificationBodyElsewhere',
      ),
    });
    this.#live.add(notification);
    const forget = () => this.#live.delete(notification);
    notification.on('click', () => {
      forget();
      onClick();
    });
    notification.on('close', forget);
    notification.on('failed', () => {
      forget();
      this.#options.onFailed('failed');
    });
    notification.show();
  }

  /** Shows a test notification; resolves true once the OS reports it shown. */
  test(): Promise<boolean> {
    if (!Notification.isSupported()) {
      this.#options.onFailed('unsupported');
      return Promise.resolve(false);
    }
    const language = this.#options.locale();
    const notification = new Notification({
      title: translate(language, 'notification.testTitle'),
      body: translate(language, 'notification.testBody'),
    });
    this.#live.add(notification);
    return new Promise((resolve) => {
      const settle = (delivered: boolean) => {
        clearTimeout(timer);
        this.#live.delete(notification);
        resolve(delivered);
      };
      // Some systems report neither 'show' nor 'failed'; do not leave the window waiting.
      const timer = setTimeout(() => settle(false), TEST_TIMEOUT_MS);
      notification.on('show', () => settle(true));
      notification.on('failed', () => {
        this.#options.onFailed('failed');
        settle(false);
      });
      notification.show();
    });
  }
}
