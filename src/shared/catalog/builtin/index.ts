import type { Checklist } from '../schema.ts';
import { anthropicClaudeTraining } from './anthropic-claude-training.ts';
import { googleGeminiActivity } from './google-gemini-activity.ts';
import { linkedinAiTraining } from './linkedin-ai-training.ts';
import { linkedinMicrosoftAds } from './linkedin-microsoft-ads.ts';
import { metaAiTraining } from './meta-ai-training.ts';
import { xGrokTraining } from './x-grok-training.ts';

/**
 * The checklists shipped with the app, in display order. Every fact and
 * step traces to ../shared/catalog-facts.md through its `sourceIds`.
 */
export const builtinCatalog: readonly Checklist[] = [
  linkedinAiTraining,
  metaAiTraining,
  linkedinMicrosoftAds,
  anthropicClaudeTraining,
  xGrokTraining,
  googleGeminiActivity,
];
