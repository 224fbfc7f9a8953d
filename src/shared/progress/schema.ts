import { z } from 'zod';
import { isoInstantSchema, slugSchema } from '../catalog/primitives.ts';
import { PLATFORMS, platformSchema } from '../catalog/schema.ts';

/** How a checklist was completed: by finishing a platform's path, or "done elsewhere". */
export const completedHowSchema = z.enum([
  ...PLATFORMS.map((p) => `path:${p}` as const),
  'elsewhere',
]);
export type CompletedHow = z.infer<typeof completedHowSchema>;

/** Done steps of one path: step id → ISO instant it was ticked. */
const doneStepsSchema = z.record(slugSchema, isoInstantSchema);

/**
 * The user's progress on one checklist. All times are ISO 8601 instants.
 * An absent field means "not so": no `completedAt` = open.
 */
export const progressSchema = z.strictObject({
  steps: z.partialRecord(platformSchema, doneStepsSchema).default({}),
  completedAt: isoInstantSchema.optional(),
  completedHow: completedHowSchema.optional(),
  /** "Not relevant to me" (e.g. no account). */
  dismissedAt: isoInstantSchema.optional(),
  snoozedUntil: isoInstantSchema.optional(),
  /** Last time the user confirmed after a re-check that the setting is still off. */
  recheckedAt: isoInstantSchema.optional(),
  /** The user chose to follow this checklist although it is outside their region. */
  followedAt: isoInstantSchema.optional(),
  /**
   * When the user first had this checklist (install, import, feed): a
   * deadline that passed before then is "still worth doing", not overdue.
   */
  firstSeenAt: isoInstantSchema.optional(),
});
export type Progress = z.infer<typeof progressSchema>;

/** Progress of every checklist the user touched, by checklist id. */
export const progressMapSchema = z.record(slugSchema, progressSchema);
export type ProgressMap = z.infer<typeof progressMapSchema>;

export { EMPTY_PROGRESS } from './rules.ts';
