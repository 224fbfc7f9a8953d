import { Temporal } from 'temporal-polyfill';
import type { Checklist } from '../../../src/shared/catalog/index.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import type { PlannerInput } from '../../../src/shared/reminders/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';

/** Epoch ms of a zoned wall time, e.g. `at('2025-11-02T22:00', 'Europe/Amsterdam')`. */
export function at(wall: string, zone: string): number {
  return Temporal.PlainDateTime.from(wall).toZonedDateTime(zone).epochMilliseconds;
}

/** Epoch ms → wall time in `zone`, `YYYY-MM-DDTHH:MM`, for readable expectations. */
export function wall(instant: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant)
    .toZonedDateTimeISO(zone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });
}

/** A minimal valid checklist; `deadline` is an ISO instant with offset or omitted. */
export function makeChecklist(
  id: string,
  options: {
    deadline?: string;
    zone?: string;
    scope?: 'account' | 'device';
    regions?: Checklist['regions'];
  } = {},
): Checklist {
  const step = (stepId: string) => ({
    id: stepId,
    text: { en: `Do ${stepId}`, nl: `Doe ${stepId}` },
  });
  return {
    id,
    version: 1,
    organisation: 'Example',
    title: { en: `${id} title`, nl: `${id} titel` },
    summary: { en: 'Summary', nl: 'Samenvatting' },
    facts: { used: [], notUsed: [], caveats: [] },
    ...(options.deadline
      ? { deadline: { instant: options.deadline, zone: options.zone ?? 'Europe/Amsterdam' } }
      : {}),
    regions: options.regions ?? { include: ['WORLD'] },
    scope: options.scope ?? 'account',
    paths: { web: { steps: [step('a'), step('b')] }, ios: { steps: [step('a')] } },
    sources: [],
    reviewedOn: '2026-11-23',
  };
}

/** Settings with the defaults, quiet hours off unless given. */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, quietHours: null, ...overrides };
}

export function input(
  checklists: Checklist[],
  now: number,
  zone: string,
  overrides: Partial<Omit<PlannerInput, 'checklists' | 'now' | 'zone'>> = {},
): PlannerInput {
  return {
    checklists,
    progress: {} as Record<string, Progress>,
    settings: settings(),
    firedLog: [],
    now,
    zone,
    ...overrides,
  };
}
