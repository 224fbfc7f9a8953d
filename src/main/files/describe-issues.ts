import type { DocumentIssue, DocumentIssueCode } from '../../shared/catalog/parse.ts';
import { type Locale, type MessageKey, translate } from '../../shared/i18n/index.ts';

/**
 * A sentence for every code an imported file can be refused with, in both
 * languages (the Record makes a new code without a sentence a type error).
 */
export const ISSUE_MESSAGES: Record<DocumentIssueCode, MessageKey> = {
  invalid_json: 'issue.invalid_json',
  too_large: 'issue.too_large',
  too_deep: 'issue.too_deep',
  forbidden_key: 'issue.forbidden_key',
  invalid_type: 'issue.invalid_type',
  too_big: 'issue.too_big',
  too_small: 'issue.too_small',
  invalid_format: 'issue.invalid_format',
  not_multiple_of: 'issue.not_multiple_of',
  unrecognized_keys: 'issue.unrecognized_keys',
  invalid_union: 'issue.invalid_union',
  invalid_key: 'issue.invalid_key',
  invalid_element: 'issue.invalid_element',
  invalid_value: 'issue.invalid_value',
  custom: 'issue.custom',
  not_https: 'issue.not_https',
  url_credentials: 'issue.url_credentials',
  invalid_url: 'issue.invalid_url',
  punycode_host: 'issue.punycode_host',
  invisible_text: 'issue.invisible_text',
  invalid_slug: 'issue.invalid_slug',
  invalid_date: 'issue.invalid_date',
  invalid_instant: 'issue.invalid_instant',
  invalid_zone: 'issue.invalid_zone',
  offset_mismatch: 'issue.offset_mismatch',
  invalid_region: 'issue.invalid_region',
  invalid_country: 'issue.invalid_country',
  blank_text: 'issue.blank_text',
  duplicate_id: 'issue.duplicate_id',
  unknown_source: 'issue.unknown_source',
  no_paths: 'issue.no_paths',
  invalid_time: 'issue.invalid_time',
};

/**
 * The problems of a refused file as the user reads them: where (the path
 * into the document, e.g. `checklists.0.paths.web.steps.2.link`) and a
 * localized sentence — never a raw code.
 */
export function describeIssues(issues: readonly DocumentIssue[], locale: Locale): string[] {
  return issues.map((issue) =>
    translate(locale, 'issue.at', {
      where: issue.path.join('.') || translate(locale, 'issue.document'),
      problem: translate(locale, ISSUE_MESSAGES[issue.code] ?? 'issue.custom', issue.params),
    }),
  );
}
