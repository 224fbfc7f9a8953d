import { checkOpenableUrl } from '../../shared/catalog/https-url.ts';
import { LIMITS } from '../../shared/catalog/limits.ts';
import type { Checklist, ChecklistPath, Platform } from '../../shared/catalog/schema.ts';
import { uniqueSlug } from '../../shared/catalog/slugs.ts';
import { isBlankText } from '../../shared/catalog/visible-text.ts';
import { PLATFORMS, WALL_TIME_PATTERN } from '../../shared/constants.ts';
import type { MessageKey } from '../../shared/i18n/index.ts';
import type { Translate } from '../hooks/ui-context.ts';
import { dateInZone } from './intl.ts';
import { instantToWallTime, wallTimeToInstant } from './zoned-time.ts';

/** One step as the form edits it. `key` only keeps React rows stable. */
export interface DraftStep {
  key: string;
  platform: Platform;
  text: string;
  link: string;
  /** The saved step this row edits: its id keeps the user's tick with it. */
  saved?: { platform: Platform; id: string };
}

/** A custom checklist as the form edits it: plain strings, one language. */
export interface CustomDraft {
  organisation: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD`, or '' for no deadline. */
  date: string;
  /** `HH:MM`; used only with a date. */
  time: string;
  settingsUrl: string;
  steps: DraftStep[];
}

export type DraftField =
  | 'organisation'
  | 'title'
  | 'summary'
  | 'date'
  | 'time'
  | 'settingsUrl'
  | 'steps';
/** A problem in words: a message, or one with its numbers ("at most 120 characters"). */
export type DraftIssue = MessageKey | { key: MessageKey; params: Record<string, number> };
/** Problems by field; a step's text and link problems by the step's key. */
export type DraftIssues = Partial<
  Record<DraftField | `step-${string}` | `link-${string}`, DraftIssue>
>;

let nextKey = 0;
export function newStep(platform: Platform = 'web'): DraftStep {
  nextKey += 1;
  return { key: `s${nextKey}`, platform, text: '', link: '' };
}

export function emptyDraft(): CustomDraft {
  return {
    organisation: '',
    title: '',
    summary: '',
    date: '',
    time: '09:00',
    settingsUrl: '',
    steps: [newStep()],
  };
}

/**
 * The opener's rule (https, no credentials, no punycode host), so a bad link
 * is caught before saving; and the schema's length, so a long link gets its
 * own words instead of main refusing the whole request.
 */
function linkIssue(value: string): DraftIssue | undefined {
  const tooLong = lengthIssue(value, LIMITS.urlLength);
  if (tooLong) return tooLong;
  const problem = checkOpenableUrl(value);
  if (problem === null) return undefined;
  return problem === 'punycode_host' ? 'custom.punycode' : 'custom.notHttps';
}

/** A problem's words in the UI language. */
export function issueText(t: Translate, issue: DraftIssue): string {
  return typeof issue === 'string' ? t(issue) : t(issue.key, issue.params);
}

/** Required text: missing, or only invisible characters (a zero-width space shows no name). */
function nameIssue(value: string, max: number): DraftIssue | undefined {
  if (!value.trim()) return 'custom.required';
  return isBlankText(value) ? 'custom.invisibleOnly' : lengthIssue(value, max);
}

/**
 * Longer than the checklist schema takes, counted as it counts (UTF-16
 * units, after trimming): main would refuse the whole checklist.
 */
function lengthIssue(value: string, max: number): DraftIssue | undefined {
  const count = value.trim().length;
  return count > max ? { key: 'custom.tooLong', params: { max, count } } : undefined;
}

/**
 * Light checks for a quick answer in the form: required fields, lengths,
 * https links, a real date. Main validates the whole checklist against the schema and
 * answers with a localized error when something else is wrong.
 */
export function draftIssues(draft: CustomDraft): DraftIssues {
  const issues: DraftIssues = {};
  const organisation = nameIssue(draft.organisation, LIMITS.organisationLength);
  if (organisation) issues.organisation = organisation;
  const title = nameIssue(draft.title, LIMITS.titleLength);
  if (title) issues.title = title;
  // Without a summary of its own, the title stands in for it.
  const summary = lengthIssue(draft.summary, LIMITS.summaryLength);
  if (summary) issues.summary = summary;
  if (draft.date && Number.isNaN(Date.parse(`${draft.date}T00:00:00Z`)))
    issues.date = 'custom.invalidDate';
  if (draft.date && !WALL_TIME_PATTERN.test(draft.time)) issues.time = 'custom.invalidTime';
  const settingsUrl = draft.settingsUrl.trim() ? linkIssue(draft.settingsUrl.trim()) : undefined;
  if (settingsUrl) issues.settingsUrl = settingsUrl;
  const filled = draft.steps.filter((step) => step.text.trim() || step.link.trim());
  if (filled.length === 0) issues.steps = 'custom.needsStep';
  for (const step of filled) {
    const text = step.text.trim()
      ? lengthIssue(step.text, LIMITS.stepLength)
      : ('custom.stepText' as const);
    if (text) issues[`step-${step.key}`] = text;
    const link = step.link.trim() ? linkIssue(step.link.trim()) : undefined;
    if (link) issues[`link-${step.key}`] = link;
  }
  return issues;
}

/** `custom-object-to-x`: a slug from the title that no other checklist uses. */
export function customId(title: string, takenIds: readonly string[]): string {
  const base = `custom-${
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'checklist'
  }`;
  return uniqueSlug(base, takenIds);
}

/** The same text in both languages: the user writes in one. */
function both(text: string): { en: string; nl: string } {
  return { en: text, nl: text };
}

/**
 * Step ids, per platform: a step that was saved before keeps its id on its
 * platform, so ticks stay with the step the user ticked when others are
 * removed or reordered; a new step (or one moved to another platform) gets
 * an id that neither this nor the saved version used there, so it never
 * inherits a tick.
 */
function stepIds(steps: DraftStep[], previous: Checklist | undefined): string[] {
  const taken = new Map<Platform, Set<string>>();
  const on = (platform: Platform) => {
    let ids = taken.get(platform);
    if (!ids) {
      ids = new Set(previous?.paths[platform]?.steps.map((step) => step.id));
      taken.set(platform, ids);
    }
    return ids;
  };
  const kept = new Map<Platform, Set<string>>();
  const keptOn = (platform: Platform) => {
    let ids = kept.get(platform);
    if (!ids) {
      ids = new Set();
      kept.set(platform, ids);
    }
    return ids;
  };
  // First the saved ids that stay, so a new step can never take one of them.
  const ids: (string | null)[] = steps.map((step) => {
    const id = step.saved?.platform === step.platform ? step.saved.id : null;
    if (id === null || keptOn(step.platform).has(id)) return null;
    keptOn(step.platform).add(id);
    return id;
  });
  return steps.map((step, index) => {
    const id = ids[index];
    if (id) return id;
    const used = on(step.platform);
    let next = 1;
    while (used.has(`step-${next}`) || keptOn(step.platform).has(`step-${next}`)) next += 1;
    const fresh = `step-${next}`;
    used.add(fresh);
    return fresh;
  });
}

/**
 * The full Checklist main's schema expects. Custom entries apply everywhere
 * (`WORLD`), have account scope, no facts and no sources, and are reviewed
 * today in the user's zone. `previous` is the saved version being edited.
 */
export function buildChecklist(
  draft: CustomDraft,
  context: { id: string; version: number; zone: string; now: number; previous?: Checklist },
): Checklist {
  const filled = draft.steps.filter((step) => step.text.trim());
  const ids = stepIds(filled, context.previous);
  const paths: Partial<Record<Platform, ChecklistPath>> = {};
  for (const platform of PLATFORMS) {
    const steps = filled.flatMap((step, index) =>
      step.platform === platform
        ? [
            {
              id: ids[index] as string,
              text: both(step.text.trim()),
              ...(step.link.trim() ? { link: step.link.trim() } : {}),
            },
          ]
        : [],
    );
    if (steps.length > 0) paths[platform] = { steps };
  }
  const title = draft.title.trim();
  return {
    id: context.id,
    version: context.version,
    organisation: draft.organisation.trim(),
    title: both(title),
    summary: both(draft.summary.trim() || title),
    facts: { used: [], notUsed: [], caveats: [] },
    ...(draft.date
      ? {
          deadline: {
            instant: wallTimeToInstant(draft.date, draft.time, context.zone),
            zone: context.zone,
          },
        }
      : {}),
    regions: { include: ['WORLD'] },
    ...(draft.settingsUrl.trim() ? { settingsUrl: draft.settingsUrl.trim() } : {}),
    scope: 'account',
    paths,
    sources: [],
    reviewedOn: dateInZone(context.now, context.zone),
  };
}

/** The form's view of a saved custom checklist, in the language shown. */
export function draftFromChecklist(
  checklist: Checklist,
  zone: string,
  locale: 'en' | 'nl',
): CustomDraft {
  const wall = checklist.deadline ? instantToWallTime(checklist.deadline.instant, zone) : null;
  const steps = PLATFORMS.flatMap((platform) =>
    (checklist.paths[platform]?.steps ?? []).map((step) => ({
      ...newStep(platform),
      text: step.text[locale],
      link: step.link ?? '',
      saved: { platform, id: step.id },
    })),
  );
  return {
    organisation: checklist.organisation,
    title: checklist.title[locale],
    summary: checklist.summary[locale] === checklist.title[locale] ? '' : checklist.summary[locale],
    date: wall?.date ?? '',
    time: wall?.time ?? '09:00',
    settingsUrl: checklist.settingsUrl ?? '',
    steps: steps.length > 0 ? steps : [newStep()],
  };
}
