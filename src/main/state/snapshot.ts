import type { Platform } from '../../shared/catalog/schema.ts';
import { DAY_MS } from '../../shared/constants.ts';
import { type FeedRecord, PROJECT_FEED_ID } from '../../shared/feed/state.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type {
  ChecklistView,
  FeedView,
  Notice,
  StateSnapshot,
  UpdateStatus,
} from '../../shared/ipc.ts';
import {
  type ChecklistDescription,
  compareChecklists,
  compareOrganisations,
  describeChecklist,
} from '../../shared/progress/describe.ts';
import { EMPTY_PROGRESS } from '../../shared/progress/schema.ts';
import { parseInstant, zoneClock } from '../../shared/reminders/index.ts';
import { latestSnoozeEnd } from '../../shared/reminders/snooze-cap.ts';
import type { StoreData } from '../store/schema.ts';
import { allChecklists } from './catalog.ts';

/**
 * The tab a checklist opens on until the user picks one. The web route
 * works on every desktop OS, so the OS itself does not choose.
 */
const DEFAULT_PLATFORM_TAB: Platform = 'web';

export interface SnapshotContext {
  /** Main's change counter (see StateSnapshot.sequence). */
  sequence: number;
  now: number;
  zone: string;
  locale: Locale;
  /** Notices that live only as long as this run (e.g. read-only mode). */
  transientNotices: Notice[];
  /** Checklists already due at first launch, shown in the welcome instead of notified. */
  welcomeDue: string[];
  /** The welcome was finished in a run that cannot save it (read-only): not shown again this run. */
  isWelcomeFinishedThisRun?: boolean;
  isReadOnly: boolean;
  dataFile: string;
  feedInfo: FeedInfo;
  /** The update check's status, once its (lazily loaded) service runs. */
  update: UpdateStatus | null;
}

/** What the feed service adds to a snapshot. */
export interface FeedInfo {
  /** The project feed's URL from package.json; null when the build names none. */
  projectUrl: string | null;
  isChecking: boolean;
}

function feedViews(data: StoreData, projectUrl: string | null): FeedView[] {
  const stored = data.catalogFeeds.feeds;
  const project = stored.find((record) => record.id === PROJECT_FEED_ID);
  const view = (record: FeedRecord | undefined, url: string, isProject: boolean): FeedView => ({
    id: record?.id ?? PROJECT_FEED_ID,
    url,
    host: new URL(url).host,
    isProject,
    isSigned: isProject || (record?.publicKey ?? null) !== null,
    checklistCount: record?.checklists.length ?? 0,
    lastCheck: record?.lastCheck ?? null,
    lastSuccessAt: record?.lastSuccessAt ?? null,
  });
  return [
    ...(projectUrl
      ? [view(project?.url === projectUrl ? project : undefined, projectUrl, true)]
      : []),
    ...stored
      .filter((record) => record.id !== PROJECT_FEED_ID)
      .map((record) => view(record, record.url, false)),
  ];
}

function toView(
  entry: ReturnType<typeof allChecklists>[number],
  data: StoreData,
  { now, zone }: Pick<SnapshotContext, 'now' | 'zone'>,
): { view: ChecklistView; description: ChecklistDescription } {
  const { checklist, origin } = entry;
  const { settings } = data;
  const progress = data.progress[checklist.id] ?? EMPTY_PROGRESS;
  const description = describeChecklist(checklist, progress, settings, now);
  const { status } = description;
  const parsed = progress.snoozedUntil ? parseInstant(progress.snoozedUntil) : null;
  const snoozed = parsed !== null && parsed > now ? parsed : null;
  const doneSince = progress.recheckedAt ?? progress.completedAt;
  const view: ChecklistView = {
    checklist,
    origin,
    progress,
    status,
    urgency: description.urgency,
    deadline: description.deadline,
    snoozedUntil: snoozed,
    // Derived rather than saved: a snooze ending at the last reminder before the deadline.
    isSnoozeCapped:
      snoozed !== null &&
      snoozed === latestSnoozeEnd(checklist, progress, { settings, now, clock: zoneClock(zone) }),
    isRelevant: description.isRelevant,
    needsRecheck:
      status === 'done' &&
      checklist.hasOptOut !== false &&
      settings.recheckAfterDays !== null &&
      doneSince !== undefined &&
      parseInstant(doneSince) + settings.recheckAfterDays * DAY_MS <= now,
  };
  return { view, description };
}

/**
 * The one snapshot every surface renders from. Checklists are in the one
 * order (see compareChecklists), then by organisation (compareOrganisations).
 */
export function buildSnapshot(data: StoreData, context: SnapshotContext): StateSnapshot {
  const views = allChecklists(data).map((entry) => toView(entry, data, context));
  views.sort(
    (a, b) =>
      compareChecklists(a.description, b.description) ||
      compareOrganisations(a.view.checklist.organisation, b.view.checklist.organisation),
  );
  return {
    sequence: context.sequence,
    locale: context.locale,
    zone: context.zone,
    now: context.now,
    settings: data.settings,
    platform: { os: DEFAULT_PLATFORM_TAB, preferred: data.ui.preferredPlatform },
    checklists: views.map(({ view }) => view),
    notices: [...data.notices, ...context.transientNotices],
    welcome:
      data.ui.welcomeFinishedAt === null && !context.isWelcomeFinishedThisRun
        ? { dueChecklistIds: context.welcomeDue }
        : null,
    isReadOnly: context.isReadOnly,
    dataFile: context.dataFile,
    feeds: feedViews(data, context.feedInfo.projectUrl),
    isCheckingFeeds: context.feedInfo.isChecking,
    update: context.update,
  };
}
