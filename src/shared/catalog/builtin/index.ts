import type { Checklist } from '../schema.ts';
import anthropicClaudeTraining from './anthropic-claude-training.json' with { type: 'json' };
import githubCopilotTraining from './github-copilot-training.json' with { type: 'json' };
import googleGeminiActivity from './google-gemini-activity.json' with { type: 'json' };
import googleSearchServicesHistory from './google-search-services-history.json' with {
  type: 'json',
};
import grammarlyTraining from './grammarly-training.json' with { type: 'json' };
import linkedinAiTraining from './linkedin-ai-training.json' with { type: 'json' };
import linkedinMicrosoftAds from './linkedin-microsoft-ads.json' with { type: 'json' };
import metaAiChatsAds from './meta-ai-chats-ads.json' with { type: 'json' };
import metaAiTraining from './meta-ai-training.json' with { type: 'json' };
import openaiChatgptAds from './openai-chatgpt-ads.json' with { type: 'json' };
import whatsappAdvancedChatPrivacy from './whatsapp-advanced-chat-privacy.json' with {
  type: 'json',
};
import xGrokTraining from './x-grok-training.json' with { type: 'json' };

/**
 * The checklists shipped with the app, in display order. The entries are
 * plain JSON data beside this file, so the app bundle, the feed build and
 * `npm run catalog:links` all read the same files. Every fact and step
 * traces to docs/catalog-facts.md through its `sourceIds`.
 *
 * JSON imports are typed loosely (string instead of 'account' | 'device'),
 * hence the cast; tests/shared/catalog/builtin.test.ts parses every entry
 * with `checklistSchema`, so a malformed entry fails the build's tests, and
 * the app does not pay for a schema parse at start-up.
 */
export const builtinCatalog: readonly Checklist[] = [
  linkedinAiTraining,
  metaAiTraining,
  linkedinMicrosoftAds,
  anthropicClaudeTraining,
  xGrokTraining,
  googleGeminiActivity,
  githubCopilotTraining,
  googleSearchServicesHistory,
  grammarlyTraining,
  whatsappAdvancedChatPrivacy,
  metaAiChatsAds,
  openaiChatgptAds,
] as unknown as readonly Checklist[];
