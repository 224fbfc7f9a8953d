export {
  confirmStillDone,
  dismiss,
  follow,
  isComplete,
  isPathComplete,
  isRelevant,
  markDoneElsewhere,
  platformsOf,
  reopen,
  snooze,
  toggleStep,
  toIso,
} from './rules.ts';
export {
  type CompletedHow,
  completedHowSchema,
  EMPTY_PROGRESS,
  type Progress,
  type ProgressMap,
  progressMapSchema,
  progressSchema,
} from './schema.ts';
