export { builtinCatalog } from './builtin/index.ts';
export { LIMITS } from './limits.ts';
export {
  type DocumentIssue,
  type DocumentIssueCode,
  type PackParseResult,
  parseChecklistPack,
  parseChecklistPackText,
} from './parse.ts';
export type { CatalogIssueCode } from './primitives.ts';
export { isTimeZone } from './primitives.ts';
export {
  appliesToCountry,
  EEA_COUNTRIES,
  EU_COUNTRIES,
  isCountryCode,
  isRegionCode,
  REGION_GROUPS,
  type RegionGroup,
  type RegionRule,
} from './regions.ts';
export {
  type Checklist,
  type ChecklistFact,
  type ChecklistPack,
  type ChecklistPath,
  type ChecklistSource,
  type ChecklistStep,
  checklistPackSchema,
  checklistSchema,
  type LocalizedText,
  PACK_FORMAT,
  PLATFORMS,
  type Platform,
  platformSchema,
} from './schema.ts';
