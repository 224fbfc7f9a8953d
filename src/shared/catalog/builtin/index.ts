import type { Checklist } from '../schema.ts';
import { linkedinAiTraining } from './linkedin-ai-training.ts';

/** The checklists shipped with the app, in display order. */
export const builtinCatalog: readonly Checklist[] = [linkedinAiTraining];
